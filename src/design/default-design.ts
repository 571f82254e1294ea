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
      vcpusPerVm: 0,
      flavors: [],
    },
    cpu: {
      ghzPerCore: 2.6,
      coresPerSocket: 10,
      socketsPerServer: 2,
      hyperThreadingFactor: 1,
      cpuAllocationRatio: 1,
      reservedHostCores: 0,
    },
    memory: {
      ramAllocationRatio: 1,
      reservedRamGbPerNode: 0,
      ramOverheadGbPerVm: 0,
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
      hyperconverged: false,
      ramGbPerOsd: 5,
      coresPerOsd: 1,
    },
    /**
     * Not in the book: a 2U node of 12 × 7.68 TB SATA SSDs. The book's 180 TB of replicated
     * volumes and objects fill its 5 nodes to 40 %, well under Ceph's nearfull ratio.
     */
    storageNode: {
      driveBays: 12,
      drivesPerNode: 12,
      driveTb: 7.68,
      driveKind: 'ssd',
      driveIops: 20000,
      cores: 32,
      ramGb: 128,
      nicGbps: 25,
    },
    /** Ceph's defaults (mon-config-ref, pgcalc); 1 TB of Glance images, not in the book. */
    ceph: {
      nearfullRatio: 0.85,
      backfillfullRatio: 0.9,
      osdMemoryTargetGb: 4,
      targetPgsPerOsd: 100,
      imagesTb: 1,
      imageReplicas: 3,
      ephemeralOnCeph: false,
      objectBackend: 'swift',
      blockEcK: 0,
      blockEcM: 0,
      objectEcK: 0,
      objectEcM: 0,
    },
  },
  plan: { growthPerYear: 0, horizonYears: 3, buyForYear: 0 },
  /**
   * Not in the book: a 42U rack with a redundant 48-port switch pair and an 8 kW budget, and
   * power draws typical of the book's low-power dual-socket servers. The book's 16 nodes fit one
   * such rack.
   */
  racks: {
    unitsPerRack: 42,
    unitsPerNode: { controller: 1, network: 1, compute: 2, storage: 2 },
    wattsPerNode: { controller: 300, network: 250, compute: 350, storage: 400 },
    powerBudgetWattsPerRack: 8000,
    unitsPerSwitch: 1,
    wattsPerSwitch: 150,
    portsPerSwitch: 48,
    uplinkPortsPerSwitch: 4,
    surviveRackLoss: false,
  },
  /**
   * Not in the book: private ranges for the inside networks and the documentation range
   * (RFC 5737) for the external one, which holds the book's 233 addresses (11 public IPs,
   * 220 floating IPs, the external VIP and the gateway) in its 254.
   */
  addressing: {
    release: '2025.2',
    managementCidr: '10.0.0.0/24',
    tenantCidr: '10.0.1.0/24',
    storageCidr: '10.0.2.0/24',
    externalCidr: '203.0.113.0/24',
  },
  /**
   * Example prices, not quotes: the architect replaces them. A compute node's server (chassis,
   * both processors, boards) before its sticks, drives and NICs; storage nodes before their data
   * drives; 0.15 a kWh in a data centre of PUE 1.5; support at 10 % of the hardware a year.
   */
  costing: {
    currency: 'USD',
    compute: {
      serverPrice: 6000,
      ramPricePerGb: 5,
      stickPrices: [],
      drivePrice: 250,
      nicPrice: 300,
      wattsIdle: 150,
    },
    controllerPrice: 7000,
    networkNodePrice: 6000,
    storageServerPrice: 6000,
    storageDrivePrice: 700,
    rackPrice: 1500,
    pduPairPrice: 1000,
    switchPairPrice: 16000,
    kwhPrice: 0.15,
    pue: 1.5,
    supportShare: 0.1,
    profiles: [],
    storageProfiles: [],
  },
};
