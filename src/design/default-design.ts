import { SERVICE_IDS } from './services';
import type { Design } from './design-schema';

/** The book's worked example (Mastering OpenStack, chapter 1): a new session opens on it. */
export const DEFAULT_DESIGN: Design = {
  version: 1,
  name: 'Book example: 200 VMs',
  conceptual: { services: [...SERVICE_IDS] },
  logical: {
    controllers: 3,
    networkNodes: 0,
    storageNodes: 5,
    haVips: 0,
    spareComputeNodes: 0,
    networkMode: 'neutron-vxlan',
    tenants: 20,
    routersPerTenant: 1,
    networksPerTenant: 1,
  },
  physical: {
    workload: {
      vms: 200,
      ghzPerVm: 2,
      ghzPerVmMax: 16,
      ramGbPerVm: 2,
      ramGbPerVmMax: 8,
      mbpsPerVm: 200,
      ephemeralGbPerVm: 100,
      persistentGbPerVm: 250,
      objectUsableTb: 10,
      floatingIpShare: 1,
    },
    cpu: {
      ghzPerCore: 2.6,
      coresPerSocket: 10,
      socketsPerServer: 2,
      hyperThreadingFactor: 1,
      cpuAllocationRatio: 1,
    },
    memory: {
      ramAllocationRatio: 1,
      reservedRamGbPerNode: 0,
      dimmSlotsPerServer: 24,
      memoryChannelsPerSocket: 4,
      stickSizesGb: [2, 4, 8, 16],
    },
    network: { nicGbps: 10, dataLinksPerNode: 1, nicBonding: true },
    storage: {
      drivesPerNode: 8,
      driveIops: 20000,
      driveGb: 960,
      raidWritePenalty: 2,
      blockReplicas: 3,
      objectReplicas: 3,
    },
  },
};
