import type { Design } from '../design/design-schema';
import { SERVICE_CLASSES, type ServiceId } from '../design/services';
import type { FigureKey } from '../engine/report-types';

/** Figures that only mean something with a service; the summary drops them when it is left out. */
const FIGURE_SERVICES: Partial<Record<FigureKey, readonly ServiceId[]>> = {
  'storage.persistentGbPerNode': ['blockStorage'],
  'storage.blockUsableGb': ['blockStorage'],
  'storage.blockRawGb': ['blockStorage'],
  'storage.objectRawTb': ['objectStorage'],
  'nodes.storage': ['blockStorage', 'objectStorage', 'fileShare'],
};

export function figureApplies(key: FigureKey, design: Design): boolean {
  const needs = FIGURE_SERVICES[key];
  return needs === undefined || needs.some((id) => design.conceptual.services.includes(id));
}

function leftOutProjects(design: Design): string[] {
  return SERVICE_CLASSES.filter((s) => !design.conceptual.services.includes(s.id)).flatMap((s) =>
    s.projects.split(', '),
  );
}

/**
 * A comma-separated description without the parts that name a left-out service's project, so
 * "Glance images, Swift proxy" reads "Glance images" in a cloud without object storage.
 */
export function withoutLeftOut(text: string, design: Design): string {
  const projects = leftOutProjects(design);
  return text
    .split(', ')
    .filter((part) => !projects.some((p) => part.includes(p)))
    .join(', ');
}
