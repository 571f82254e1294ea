import type { Design } from '../design/design-schema';
import type { ServiceId } from '../design/services';
import type { FigureKey } from '../engine/report/report-types';

/** Figures that only mean something with a service; the summary drops them when it is left out. */
const FIGURE_SERVICES: Partial<Record<FigureKey, readonly ServiceId[]>> = {
  'storage.persistentGbPerNode': ['blockStorage'],
  'storage.blockUsableGb': ['blockStorage'],
  'storage.blockRawGb': ['blockStorage'],
  'storage.objectUsableTb': ['objectStorage'],
  'storage.objectRawTb': ['objectStorage'],
  'nodes.storage': ['blockStorage', 'objectStorage', 'fileShare'],
};

export function figureApplies(key: FigureKey, design: Design): boolean {
  const needs = FIGURE_SERVICES[key];
  return needs === undefined || needs.some((id) => design.conceptual.services.includes(id));
}
