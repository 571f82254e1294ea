import * as z from 'zod/mini';
import { NETWORK_MODE_IDS } from './network-modes';
import { SERVICE_IDS } from './services';
import { LIMITS, MINIMUMS, flag, numberAtLeast, share, wholeNumber } from './field-rules';
import { flavorListSchema } from './flavor-schema';
import { planSchema, racksSchema } from './plan-schema';
import { cephSchema, storageNodeSchema } from './storage-cluster-schema';
import { costingSchema } from './costing-schema';
import { addressingSchema } from './addressing-schema';

/** The document version this build writes. Older ones are migrated forward on read. */
export const CURRENT_VERSION = 1;

const serviceId = z.enum(SERVICE_IDS, {
  error: `must be one of ${SERVICE_IDS.join(', ')}`,
});

export const conceptualSchema = z.strictObject({
  services: z.array(serviceId, { error: 'must be a list of service ids' }).check(
    z.refine((ids) => new Set(ids).size === ids.length, {
      error: 'must not list a service twice',
    }),
  ),
});

export const logicalSchema = z.strictObject({
  controllers: wholeNumber(1, LIMITS.nodes),
  networkNodes: wholeNumber(0, LIMITS.nodes),
  storageNodes: wholeNumber(0, LIMITS.nodes),
  haVips: wholeNumber(0, LIMITS.nodes),
  spareComputeNodes: wholeNumber(0, LIMITS.nodes),
  networkMode: z.enum(NETWORK_MODE_IDS, {
    error: `must be one of ${NETWORK_MODE_IDS.join(', ')}`,
  }),
  tenants: wholeNumber(1, LIMITS.tenants),
  routersPerTenant: wholeNumber(0, LIMITS.perTenant),
  networksPerTenant: wholeNumber(1, LIMITS.perTenant),
});

export const workloadSchema = z.strictObject({
  vms: wholeNumber(1, LIMITS.vms),
  ghzPerVm: numberAtLeast(MINIMUMS.ghz, LIMITS.ghz),
  ghzPerVmMax: numberAtLeast(MINIMUMS.ghz, LIMITS.ghz),
  ramGbPerVm: numberAtLeast(MINIMUMS.ramGb, LIMITS.ramGb),
  ramGbPerVmMax: numberAtLeast(MINIMUMS.ramGb, LIMITS.ramGb),
  mbpsPerVm: numberAtLeast(MINIMUMS.mbps, LIMITS.mbps),
  ephemeralGbPerVm: numberAtLeast(0, LIMITS.diskGb),
  persistentGbPerVm: numberAtLeast(0, LIMITS.diskGb),
  objectUsableTb: numberAtLeast(0, LIMITS.objectTb),
  floatingIpShare: share(),
  /** 0: the book's method in GHz alone; more: Nova's vCPU limit applies to the average VM too. */
  vcpusPerVm: wholeNumber(0, LIMITS.vcpus),
  flavors: flavorListSchema,
});

export const cpuSchema = z.strictObject({
  ghzPerCore: numberAtLeast(MINIMUMS.ghzPerCore, LIMITS.ghz),
  coresPerSocket: wholeNumber(1, LIMITS.cores),
  socketsPerServer: wholeNumber(1, 64),
  hyperThreadingFactor: numberAtLeast(MINIMUMS.hyperThreading, 8),
  cpuAllocationRatio: numberAtLeast(MINIMUMS.ratio, LIMITS.ratio),
  reservedHostCores: wholeNumber(0, LIMITS.cores),
});

export const memorySchema = z.strictObject({
  ramAllocationRatio: numberAtLeast(MINIMUMS.ratio, LIMITS.ratio),
  reservedRamGbPerNode: numberAtLeast(0, LIMITS.ramGb),
  ramOverheadGbPerVm: numberAtLeast(0, LIMITS.ramGb),
  dimmSlotsPerServer: wholeNumber(1, LIMITS.slots),
  memoryChannelsPerSocket: wholeNumber(1, 64),
  stickSizesGb: z
    .array(numberAtLeast(MINIMUMS.stickGb, LIMITS.stickGb), {
      error: 'must be a list of stick sizes in GB',
    })
    .check(
      z.minLength(1, { error: 'must list at least one stick size' }),
      z.maxLength(32, { error: 'must list at most 32 stick sizes' }),
    ),
});

export const networkSchema = z.strictObject({
  nicGbps: numberAtLeast(MINIMUMS.nicGbps, LIMITS.nicGbps),
  dataLinksPerNode: wholeNumber(1, LIMITS.links),
  nicBonding: flag(),
});

export const storageSchema = z.strictObject({
  drivesPerNode: wholeNumber(0, LIMITS.drives),
  driveIops: numberAtLeast(0, LIMITS.iops),
  driveGb: numberAtLeast(0, LIMITS.diskGb),
  raidWritePenalty: numberAtLeast(1, 100),
  blockReplicas: wholeNumber(1, LIMITS.replicas),
  objectReplicas: wholeNumber(1, LIMITS.replicas),
  hyperconverged: flag(),
  ramGbPerOsd: numberAtLeast(0, LIMITS.ramGb),
  coresPerOsd: numberAtLeast(0, 64),
});

export const physicalSchema = z.strictObject({
  workload: workloadSchema,
  cpu: cpuSchema,
  memory: memorySchema,
  network: networkSchema,
  storage: storageSchema,
  storageNode: storageNodeSchema,
  ceph: cephSchema,
});

/** A complete, current-version design: what the store holds and the engine sizes. */
export const designSchema = z.strictObject({
  version: z.literal(CURRENT_VERSION, { error: `must be ${CURRENT_VERSION}` }),
  name: z
    .string({ error: 'must be text' })
    .check(z.maxLength(120, { error: 'must be at most 120 characters' })),
  conceptual: conceptualSchema,
  logical: logicalSchema,
  physical: physicalSchema,
  plan: planSchema,
  racks: racksSchema,
  addressing: addressingSchema,
  costing: costingSchema,
});

export type Design = z.infer<typeof designSchema>;
export type Workload = Design['physical']['workload'];
export type CpuSpec = Design['physical']['cpu'];
export type MemorySpec = Design['physical']['memory'];
export type NetworkSpec = Design['physical']['network'];
export type StorageSpec = Design['physical']['storage'];
export type Logical = Design['logical'];
