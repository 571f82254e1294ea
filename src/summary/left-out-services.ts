import type { Design } from '../design/design-schema';
import type { ServiceId } from '../design/services';
import type { FigureKey } from '../engine/report/report-types';

const STORAGE_SERVICES: readonly ServiceId[] = ['blockStorage', 'objectStorage', 'fileShare'];

/** Figures that only mean something with a service; the summary drops them when it is left out. */
const FIGURE_SERVICES: Partial<Record<FigureKey, readonly ServiceId[]>> = {
  'storage.persistentGbPerNode': ['blockStorage'],
  'storage.blockUsableGb': ['blockStorage'],
  'storage.blockRawGb': ['blockStorage'],
  'storage.objectUsableTb': ['objectStorage'],
  'storage.objectRawTb': ['objectStorage'],
  'ceph.volumeReadIopsPerVm': ['blockStorage'],
  'ceph.volumeWriteIopsPerVm': ['blockStorage'],
  'nodes.storage': STORAGE_SERVICES,
};

/**
 * The storage cluster's figures: a design with no storage service has no cluster, unless its
 * compute nodes are hyperconverged and keep instance disks and images on Ceph themselves.
 */
const CLUSTER_FIGURES: ReadonlySet<FigureKey> = new Set<FigureKey>([
  'storage.nodesByCapacity',
  'storage.nodesByRecovery',
  'storage.nodesByFailureDomains',
  'storage.rawNeededTb',
  'storage.rawInstalledTb',
  'storage.fillRatio',
  'storage.fillAfterFailure',
  'storage.osds',
  'ceph.ramGbNeededPerStorageNode',
  'ceph.coresNeededPerStorageNode',
  'ceph.dbDevicesPerStorageNode',
  'ceph.recoveryHours',
]);

export function figureApplies(key: FigureKey, design: Design): boolean {
  const services = design.conceptual.services;
  if (CLUSTER_FIGURES.has(key))
    return (
      design.physical.storage.hyperconverged || STORAGE_SERVICES.some((id) => services.includes(id))
    );
  const needs = FIGURE_SERVICES[key];
  return needs === undefined || needs.some((id) => services.includes(id));
}
