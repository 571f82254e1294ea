import fc from 'fast-check';
import { DEFAULT_DESIGN } from '../design/default-design';
import type { Design } from '../design/design-schema';
import type { Flavor } from '../design/flavor-schema';
import { NETWORK_MODE_IDS } from '../design/network-modes';
import { REQUIRED_SERVICES, SERVICE_IDS } from '../design/services';
import { addressingArbitrary } from './addressing-arbitrary';

const optionalServices = SERVICE_IDS.filter((id) => !REQUIRED_SERVICES.includes(id));

/** Decimals a person would type: 0.1 steps, never NaN or Infinity. */
function decimal(min: number, max: number) {
  return fc.integer({ min: Math.round(min * 10), max: Math.round(max * 10) }).map((n) => n / 10);
}

/** 1 to 4 flavors with distinct names and at least one instance among them. */
const flavorsArbitrary = fc
  .array(
    fc.record({
      vcpus: fc.integer({ min: 1, max: 16 }),
      ghzPerVcpu: decimal(0.5, 4),
      ramGb: fc.constantFrom(0.5, 1, 2, 4, 8, 16, 32, 64),
      ephemeralGb: fc.integer({ min: 0, max: 500 }),
      persistentGb: fc.integer({ min: 0, max: 1_000 }),
      mbps: fc.integer({ min: 10, max: 2_000 }),
      count: fc.integer({ min: 0, max: 50_000 }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((flavors) =>
    flavors.map((f, i) => ({ name: `f${i + 1}`, ...f, count: i === 0 ? f.count + 1 : f.count })),
  );

/** Racks every node fits in: the budget always leaves room for the biggest node. */
const racksArbitrary = fc
  .record({
    unitsPerRack: fc.constantFrom(24, 42, 48),
    unitsPerNode: fc.record({
      controller: fc.integer({ min: 1, max: 4 }),
      network: fc.integer({ min: 1, max: 4 }),
      compute: fc.integer({ min: 1, max: 4 }),
      storage: fc.integer({ min: 1, max: 4 }),
    }),
    wattsPerNode: fc.record({
      controller: fc.integer({ min: 100, max: 1_500 }),
      network: fc.integer({ min: 100, max: 1_500 }),
      compute: fc.integer({ min: 100, max: 1_500 }),
      storage: fc.integer({ min: 100, max: 1_500 }),
    }),
    extraWatts: fc.integer({ min: 0, max: 20_000 }),
    unitsPerSwitch: fc.integer({ min: 0, max: 1 }),
    wattsPerSwitch: fc.integer({ min: 0, max: 300 }),
    portsPerSwitch: fc.constantFrom(32, 48, 64),
    uplinkPortsPerSwitch: fc.integer({ min: 0, max: 8 }),
    surviveRackLoss: fc.boolean(),
  })
  .map(({ extraWatts, ...r }) => ({
    ...r,
    powerBudgetWattsPerRack:
      Math.max(...Object.values(r.wattsPerNode)) + 2 * r.wattsPerSwitch + extraWatts,
  }));

const storageNodeArbitrary = fc
  .record({
    // Real storage nodes: 4 to 36 bays, mostly filled, drives of 1.92 TB and up.
    driveBays: fc.integer({ min: 4, max: 36 }),
    drivesFree: fc.integer({ min: 0, max: 4 }),
    driveTb: fc.constantFrom(1.92, 3.84, 7.68, 16, 20),
    driveKind: fc.constantFrom('hdd' as const, 'ssd' as const, 'nvme' as const),
    driveIops: fc.integer({ min: 0, max: 1_000_000 }),
    cores: fc.integer({ min: 1, max: 128 }),
    ramGb: fc.constantFrom(64, 128, 256, 512),
    nicGbps: fc.constantFrom(10, 25, 100),
  })
  .map(({ drivesFree, ...n }) => ({
    ...n,
    drivesPerNode: Math.max(4, n.driveBays - drivesFree),
  }));

const erasure = fc.oneof(
  fc.constant({ k: 0, m: 0 }),
  fc.record({ k: fc.integer({ min: 1, max: 10 }), m: fc.integer({ min: 1, max: 4 }) }),
);

const cephArbitrary = fc
  .record({
    nearfull: fc.integer({ min: 50, max: 90 }),
    backfillExtra: fc.integer({ min: 1, max: 9 }),
    osdMemoryTargetGb: fc.constantFrom(2, 4, 8),
    targetPgsPerOsd: fc.constantFrom(100, 200),
    imagesTb: decimal(0, 100),
    imageReplicas: fc.integer({ min: 1, max: 5 }),
    ephemeralOnCeph: fc.boolean(),
    objectBackend: fc.constantFrom('swift' as const, 'ceph-rgw' as const),
    block: erasure,
    object: erasure,
  })
  .map((c) => ({
    nearfullRatio: c.nearfull / 100,
    backfillfullRatio: (c.nearfull + c.backfillExtra) / 100,
    osdMemoryTargetGb: c.osdMemoryTargetGb,
    targetPgsPerOsd: c.targetPgsPerOsd,
    imagesTb: c.imagesTb,
    imageReplicas: c.imageReplicas,
    ephemeralOnCeph: c.ephemeralOnCeph,
    objectBackend: c.objectBackend,
    blockEcK: c.block.k,
    blockEcM: c.block.m,
    objectEcK: c.object.k,
    objectEcM: c.object.m,
  }));

const planArbitrary = fc
  .record({
    growthPerYear: fc.integer({ min: 0, max: 50 }).map((n) => n / 100),
    horizonYears: fc.integer({ min: 0, max: 5 }),
    buyFor: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ buyFor, ...p }) => ({ ...p, buyForYear: Math.min(buyFor, p.horizonYears) }));

/**
 * Designs that pass validation, across wide but plausible ranges. Sizes that would not let one VM
 * fit on a node are filtered out by the callers that need a sizing.
 */
export const designArbitrary: fc.Arbitrary<Design> = fc
  .record({
    services: fc.subarray(optionalServices),
    controllers: fc.integer({ min: 1, max: 9 }),
    networkNodes: fc.integer({ min: 0, max: 6 }),
    storageNodes: fc.integer({ min: 0, max: 40 }),
    haVips: fc.integer({ min: 0, max: 4 }),
    spareComputeNodes: fc.integer({ min: 0, max: 5 }),
    networkMode: fc.constantFrom(...NETWORK_MODE_IDS),
    tenants: fc.integer({ min: 1, max: 10_000 }),
    routersPerTenant: fc.integer({ min: 0, max: 5 }),
    networksPerTenant: fc.integer({ min: 1, max: 5 }),
    vms: fc.integer({ min: 1, max: 200_000 }),
    ghzPerVm: decimal(0.1, 8),
    ghzExtra: decimal(0, 32),
    ramGbPerVm: decimal(0.5, 32),
    ramExtra: decimal(0, 64),
    mbpsPerVm: fc.integer({ min: 1, max: 5_000 }),
    ephemeralGbPerVm: fc.integer({ min: 0, max: 2_000 }),
    persistentGbPerVm: fc.integer({ min: 0, max: 5_000 }),
    objectUsableTb: decimal(0, 5_000),
    floatingIpShare: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    ghzPerCore: decimal(1, 5),
    coresPerSocket: fc.integer({ min: 1, max: 128 }),
    socketsPerServer: fc.integer({ min: 1, max: 8 }),
    hyperThreadingFactor: fc.constantFrom(1, 1.3, 2),
    cpuAllocationRatio: fc.constantFrom(1, 1.5, 2, 4, 16),
    ramAllocationRatio: fc.constantFrom(1, 1.5),
    reservedRamGbPerNode: fc.integer({ min: 0, max: 64 }),
    slotsPerGroup: fc.integer({ min: 1, max: 4 }),
    extraSlots: fc.integer({ min: 0, max: 7 }),
    memoryChannelsPerSocket: fc.constantFrom(2, 4, 6, 8),
    stickSizesGb: fc.uniqueArray(fc.constantFrom(2, 4, 8, 16, 32, 64, 128), {
      minLength: 1,
      maxLength: 7,
    }),
    nicGbps: fc.constantFrom(1, 10, 25, 40, 100),
    dataLinksPerNode: fc.integer({ min: 1, max: 4 }),
    nicBonding: fc.boolean(),
    drivesPerNode: fc.integer({ min: 0, max: 24 }),
    driveIops: fc.integer({ min: 0, max: 1_000_000 }),
    driveGb: fc.integer({ min: 0, max: 16_000 }),
    raidWritePenalty: fc.constantFrom(1, 2, 4, 6),
    blockReplicas: fc.integer({ min: 1, max: 5 }),
    objectReplicas: fc.integer({ min: 1, max: 5 }),
    flavors: fc.oneof(fc.constant<Flavor[]>([]), flavorsArbitrary),
    vcpusPerVm: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 })),
    reservedHostCores: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 })),
    coresPerOsd: fc.constantFrom(0, 0.5, 1, 2),
    ramOverheadGbPerVm: fc.constantFrom(0, 0.25, 0.5, 1),
    hyperconverged: fc.boolean(),
    ramGbPerOsd: fc.constantFrom(3, 4, 5),
    plan: planArbitrary,
    racks: racksArbitrary,
    storageNode: storageNodeArbitrary,
    ceph: cephArbitrary,
    addressing: addressingArbitrary,
  })
  .map((r): Design => ({
    version: DEFAULT_DESIGN.version,
    name: 'generated',
    conceptual: { services: [...REQUIRED_SERVICES, ...r.services] },
    logical: {
      controllers: r.controllers,
      networkNodes: r.networkNodes,
      storageNodes: r.storageNodes,
      haVips: r.haVips,
      spareComputeNodes: r.spareComputeNodes,
      networkMode: r.networkMode,
      tenants: r.tenants,
      routersPerTenant: r.routersPerTenant,
      networksPerTenant: r.networksPerTenant,
    },
    physical: {
      workload: {
        vms: r.vms,
        ghzPerVm: r.ghzPerVm,
        ghzPerVmMax: r.ghzPerVm + r.ghzExtra,
        ramGbPerVm: r.ramGbPerVm,
        ramGbPerVmMax: r.ramGbPerVm + r.ramExtra,
        mbpsPerVm: r.mbpsPerVm,
        ephemeralGbPerVm: r.ephemeralGbPerVm,
        persistentGbPerVm: r.persistentGbPerVm,
        objectUsableTb: r.objectUsableTb,
        floatingIpShare: r.floatingIpShare,
        vcpusPerVm: r.vcpusPerVm,
        flavors: r.flavors,
      },
      cpu: {
        ghzPerCore: r.ghzPerCore,
        coresPerSocket: r.coresPerSocket,
        socketsPerServer: r.socketsPerServer,
        hyperThreadingFactor: r.hyperThreadingFactor,
        cpuAllocationRatio: r.cpuAllocationRatio,
        reservedHostCores: r.reservedHostCores,
      },
      memory: {
        ramAllocationRatio: r.ramAllocationRatio,
        reservedRamGbPerNode: r.reservedRamGbPerNode,
        ramOverheadGbPerVm: r.ramOverheadGbPerVm,
        dimmSlotsPerServer:
          r.slotsPerGroup * r.memoryChannelsPerSocket * r.socketsPerServer + r.extraSlots,
        memoryChannelsPerSocket: r.memoryChannelsPerSocket,
        stickSizesGb: r.stickSizesGb,
      },
      network: {
        nicGbps: r.nicGbps,
        dataLinksPerNode: r.dataLinksPerNode,
        nicBonding: r.nicBonding,
      },
      storage: {
        drivesPerNode: r.drivesPerNode,
        driveIops: r.driveIops,
        driveGb: r.driveGb,
        raidWritePenalty: r.raidWritePenalty,
        blockReplicas: r.blockReplicas,
        objectReplicas: r.objectReplicas,
        hyperconverged: r.hyperconverged,
        ramGbPerOsd: r.ramGbPerOsd,
        coresPerOsd: r.coresPerOsd,
      },
      storageNode: r.storageNode,
      ceph: r.ceph,
    },
    plan: r.plan,
    racks: r.racks,
    addressing: r.addressing,
    costing: DEFAULT_DESIGN.costing,
  }));
