import type { Design } from '../design/design-schema';
import type { Report, Workings } from '../engine/report/report-types';

export const EXPORT_FORMATS = ['kolla-ansible', 'openstack-ansible', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file as it is written to disk or downloaded, under the name its tool expects. */
export type ExportFile = { name: string; mediaType: string; text: string };

/** The files, and what the design asks that the chosen release's tools cannot express. */
export type ExportResult = { files: ExportFile[]; warnings: string[] };

export type ExportInput = { design: Design; report: Report; working: Workings };
