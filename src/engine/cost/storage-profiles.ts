import type { StorageProfile } from '../../design/costing-schema';
import type { Design } from '../../design/design-schema';

/**
 * The design on another storage node: its bays, drives, drive size and kind, IOPS, cores, RAM,
 * link, rack units, watts and prices in place of the design's own storage node, everything else
 * (workload, growth, failures, pools, compute nodes) unchanged. The other profiles are left out,
 * so it is sized alone.
 */
export function withStorageProfile(design: Design, profile: StorageProfile): Design {
  const { name, unitsPerNode, watts, serverPrice, drivePrice, tdp, ...storageNode } = profile;
  const { racks } = design;
  const costing = { ...design.costing };
  // The profile's own estimate or none: the design's own never prices another node.
  delete costing.storageTdp;
  return {
    ...design,
    name,
    physical: { ...design.physical, storageNode },
    racks: {
      ...racks,
      unitsPerNode: { ...racks.unitsPerNode, storage: unitsPerNode },
      wattsPerNode: { ...racks.wattsPerNode, storage: watts },
    },
    costing: {
      ...costing,
      storageServerPrice: serverPrice,
      storageDrivePrice: drivePrice,
      ...(tdp ? { storageTdp: tdp } : {}),
      profiles: [],
      storageProfiles: [],
    },
  };
}

/** The design's own storage node as a profile: where a new storage profile starts from. */
export function ownStorageProfileOf(design: Design, name: string): StorageProfile {
  return {
    name,
    ...design.physical.storageNode,
    unitsPerNode: design.racks.unitsPerNode.storage,
    watts: design.racks.wattsPerNode.storage,
    serverPrice: design.costing.storageServerPrice,
    drivePrice: design.costing.storageDrivePrice,
    ...(design.costing.storageTdp ? { tdp: design.costing.storageTdp } : {}),
  };
}

/** Where each storage profile field sits in the design it is sized as. */
export const STORAGE_PROFILE_PATHS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [
      'driveBays',
      'drivesPerNode',
      'driveTb',
      'driveKind',
      'driveIops',
      'cores',
      'ramGb',
      'nicGbps',
    ].map((key) => [`physical.storageNode.${key}`, key]),
  ),
  'racks.unitsPerNode.storage': 'unitsPerNode',
  'racks.wattsPerNode.storage': 'watts',
  'costing.storageServerPrice': 'serverPrice',
  'costing.storageDrivePrice': 'drivePrice',
  'costing.storageTdp': 'tdp',
};
