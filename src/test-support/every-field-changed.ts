import { DEFAULT_DESIGN } from '../design/default-design';
import type { Design } from '../design/design-schema';
import { omitDefaults } from '../design/omit-defaults';

/**
 * A valid design in which every field differs from the default design: the largest diff a link
 * carries for realistic values. Spread over the defaults so fields added later still type-check;
 * the bench names any field this leaves at its default.
 */
export const EVERY_FIELD_CHANGED: Design = {
  ...DEFAULT_DESIGN,
  name: 'Production cloud, region eu-west-2 (2026 refresh)',
  conceptual: { services: ['compute', 'image', 'network', 'identity', 'telemetry'] },
  logical: {
    ...DEFAULT_DESIGN.logical,
    controllers: 5,
    networkNodes: 2,
    storageNodes: 12,
    haVips: 2,
    spareComputeNodes: 1,
    networkMode: 'neutron-gre',
    tenants: 150,
    routersPerTenant: 2,
    networksPerTenant: 3,
  },
  physical: {
    ...DEFAULT_DESIGN.physical,
    workload: {
      ...DEFAULT_DESIGN.physical.workload,
      vms: 1_500,
      ghzPerVm: 2.5,
      ghzPerVmMax: 12,
      ramGbPerVm: 4,
      ramGbPerVmMax: 16,
      mbpsPerVm: 300,
      ephemeralGbPerVm: 80,
      persistentGbPerVm: 500,
      objectUsableTb: 50,
      floatingIpShare: 0.5,
      vcpusPerVm: 2,
      flavors: [
        {
          name: 'm1.small',
          vcpus: 1,
          ghzPerVcpu: 2.5,
          ramGb: 2,
          ephemeralGb: 20,
          persistentGb: 100,
          mbps: 100,
          count: 900,
        },
        {
          name: 'm1.large',
          vcpus: 4,
          ghzPerVcpu: 2.5,
          ramGb: 8,
          ephemeralGb: 80,
          persistentGb: 500,
          mbps: 400,
          count: 500,
        },
        {
          name: 'db.xlarge',
          vcpus: 8,
          ghzPerVcpu: 3,
          ramGb: 64,
          ephemeralGb: 160,
          persistentGb: 2000,
          mbps: 1000,
          count: 100,
        },
      ],
    },
    cpu: {
      ...DEFAULT_DESIGN.physical.cpu,
      ghzPerCore: 3.1,
      coresPerSocket: 24,
      socketsPerServer: 1,
      hyperThreadingFactor: 2,
      cpuAllocationRatio: 4,
      reservedHostCores: 2,
    },
    memory: {
      ...DEFAULT_DESIGN.physical.memory,
      ramAllocationRatio: 1.5,
      reservedRamGbPerNode: 16,
      ramOverheadGbPerVm: 0.5,
      dimmSlotsPerServer: 32,
      memoryChannelsPerSocket: 8,
      stickSizesGb: [32, 64],
    },
    network: {
      ...DEFAULT_DESIGN.physical.network,
      nicGbps: 25,
      dataLinksPerNode: 2,
      nicBonding: false,
    },
    storage: {
      ...DEFAULT_DESIGN.physical.storage,
      drivesPerNode: 12,
      driveIops: 90_000,
      driveGb: 3_840,
      raidWritePenalty: 4,
      blockReplicas: 2,
      objectReplicas: 2,
      hyperconverged: true,
      ramGbPerOsd: 4,
      coresPerOsd: 0.5,
    },
    storageNode: {
      driveBays: 24,
      drivesPerNode: 20,
      driveTb: 18,
      driveKind: 'hdd',
      driveIops: 250,
      cores: 24,
      ramGb: 192,
      nicGbps: 100,
    },
    ceph: {
      nearfullRatio: 0.8,
      backfillfullRatio: 0.85,
      osdMemoryTargetGb: 6,
      targetPgsPerOsd: 200,
      imagesTb: 5,
      imageReplicas: 2,
      ephemeralOnCeph: true,
      objectBackend: 'ceph-rgw',
      blockEcK: 4,
      blockEcM: 2,
      objectEcK: 8,
      objectEcM: 3,
    },
  },
  plan: { growthPerYear: 0.15, horizonYears: 5, buyForYear: 2 },
  racks: {
    unitsPerRack: 48,
    unitsPerNode: { controller: 2, network: 2, compute: 1, storage: 4 },
    wattsPerNode: { controller: 450, network: 350, compute: 600, storage: 800 },
    powerBudgetWattsPerRack: 12_000,
    unitsPerSwitch: 2,
    wattsPerSwitch: 250,
    portsPerSwitch: 64,
    uplinkPortsPerSwitch: 8,
    surviveRackLoss: true,
  },
};

/** Fields of the fixture still equal to the default, so the bench can say what "every" covers. */
export function fieldsLeftAtDefault(design: Design): string[] {
  const changed = new Set(leafPaths(omitDefaults(design, DEFAULT_DESIGN)));
  return leafPaths(DEFAULT_DESIGN).filter((path) => path !== 'version' && !changed.has(path));
}

/** Dotted paths of every plain value (an array counts as one value). */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, item]) =>
    leafPaths(item, prefix === '' ? key : `${prefix}.${key}`),
  );
}
