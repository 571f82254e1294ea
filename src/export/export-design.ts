import type { ExportFormat, ExportInput, ExportResult } from './export-types';
import { kollaExport } from './kolla-export';
import { osaExport } from './osa-export';
import { csvExport } from './bom-csv';
import { markdownExport } from './summary-markdown';

/** One entry point for the command line and the wizard: the same files from both. */
export function exportDesign(format: ExportFormat, input: ExportInput): ExportResult {
  switch (format) {
    case 'kolla-ansible':
      return kollaExport(input);
    case 'openstack-ansible':
      return osaExport(input);
    case 'csv':
      return csvExport(input);
    case 'markdown':
      return markdownExport(input);
  }
}
