import * as z from 'zod/mini';
import { LIMITS, MINIMUMS, numberAtLeast, share, text, wholeNumber } from './field-rules';
import { storageNodeSchema, type DriveKind } from './storage-cluster-schema';

/** The most a price, in any currency, may be: far above any server, exactly representable. */
export const MAX_PRICE = 1_000_000_000;
/**
 * Profiles beside the design's own hardware, per role (compute, storage): short lists, so every
 * edit sizes each of them.
 */
export const MAX_PROFILES = 3;

const price = () => numberAtLeast(0, MAX_PRICE);

/** A stick size with its price; sizes without one cost their GB × the price per GB. */
const stickPriceSchema = z.strictObject({
  gb: numberAtLeast(MINIMUMS.stickGb, LIMITS.stickGb),
  price: price(),
});

/**
 * A compute node's watts estimated from its parts instead of measured: loaded W = sockets × CPU
 * TDP + sticks × W per stick + drives × W per drive + base W (board, fans, NICs, fan and power
 * supply losses), idle W = idleShare × loaded W. Optional: without it the node draws its stated
 * idle and loaded watts, so older documents price power as before.
 */
export const tdpSchema = z.strictObject({
  cpuW: numberAtLeast(0, 10_000),
  stickW: numberAtLeast(0, 1_000),
  driveW: numberAtLeast(0, 1_000),
  baseW: numberAtLeast(0, 100_000),
  idleShare: share(),
});

/**
 * Where a new TDP estimate starts: a typical two-socket server's CPU TDP, DDR4/DDR5 RDIMMs at a
 * few watts each, SATA SSDs at a few watts, and a base for the board, fans and NICs; idle at 30 %
 * of loaded (docs/design-document.md says where each comes from). The architect's figures
 * replace them.
 */
export const STARTING_TDP: TdpEstimate = {
  cpuW: 125,
  stickW: 3,
  driveW: 6,
  baseW: 60,
  idleShare: 0.3,
};

/**
 * A storage node's watts estimated from its parts instead of stated: loaded W = CPU TDP (all its
 * processors) + data drives × W per drive + base W (board, fans, RAM, NICs, HBA, power supply
 * losses). A storage node draws its loaded W all the time, as Ceph's recovery and scrubbing keep
 * it busy, so there is no idle share. Optional: without it the node draws its stated watts.
 */
export const storageTdpSchema = z.strictObject({
  cpuW: numberAtLeast(0, 10_000),
  driveW: numberAtLeast(0, 1_000),
  baseW: numberAtLeast(0, 100_000),
});

/** A data drive's typical active draw by kind, from vendors' data sheets (see the design document). */
const DRIVE_WATTS: Readonly<Record<DriveKind, number>> = { hdd: 8, ssd: 6, nvme: 12 };

/**
 * Where a new storage TDP estimate starts: a mid-range single-socket processor, the drive kind's
 * typical watts, and a base for a 2U chassis with its RAM, NICs and HBA (docs/design-document.md
 * says where each comes from). The architect's figures replace them.
 */
export function startingStorageTdp(kind: DriveKind): StorageTdpEstimate {
  return { cpuW: 150, driveW: DRIVE_WATTS[kind], baseW: 120 };
}

/** What one compute node costs and draws, on top of the hardware the design describes. */
export const nodePricesSchema = z.strictObject({
  serverPrice: price(),
  ramPricePerGb: price(),
  stickPrices: z
    .array(stickPriceSchema, { error: 'must be a list of stick sizes and prices' })
    .check(z.maxLength(32, { error: 'must list at most 32 stick prices' })),
  drivePrice: price(),
  nicPrice: price(),
  /** Drawn at rest; loaded is the rack planner's watts per compute node. */
  wattsIdle: numberAtLeast(0, LIMITS.watts),
  /** When given, the power cost uses this estimate instead of idle and loaded watts. */
  tdp: z.optional(tdpSchema),
});

/**
 * Another compute server to size the same design on: its processors, memory, drives, links,
 * rack units and watts, and its prices. Everything else (workload, growth, failures, storage
 * nodes) is the design's own.
 */
export const profileSchema = z.strictObject({
  name: text(1, 40),
  socketsPerServer: wholeNumber(1, 16),
  coresPerSocket: wholeNumber(1, LIMITS.cores),
  ghzPerCore: numberAtLeast(MINIMUMS.ghzPerCore, LIMITS.ghz),
  dimmSlotsPerServer: wholeNumber(1, LIMITS.slots),
  stickSizesGb: z
    .array(numberAtLeast(MINIMUMS.stickGb, LIMITS.stickGb), {
      error: 'must be a list of stick sizes in GB',
    })
    .check(
      z.minLength(1, { error: 'must list at least one stick size' }),
      z.maxLength(32, { error: 'must list at most 32 stick sizes' }),
    ),
  drivesPerNode: wholeNumber(0, LIMITS.drives),
  driveGb: numberAtLeast(0, LIMITS.diskGb),
  nicGbps: numberAtLeast(MINIMUMS.nicGbps, LIMITS.nicGbps),
  dataLinksPerNode: wholeNumber(1, LIMITS.links),
  unitsPerNode: wholeNumber(1, LIMITS.rackUnits),
  wattsLoaded: numberAtLeast(MINIMUMS.watts, LIMITS.watts),
  prices: nodePricesSchema,
});

/**
 * Another storage node to size the same design on: the storage node's own inputs (bays, drives,
 * drive size and kind, IOPS, cores, RAM, link), its rack units and watts, and its prices. The
 * server price covers chassis, processors, RAM and NICs; the data drives are priced apiece.
 */
export const storageProfileSchema = z.extend(storageNodeSchema, {
  name: text(1, 40),
  unitsPerNode: wholeNumber(1, LIMITS.rackUnits),
  watts: numberAtLeast(MINIMUMS.watts, LIMITS.watts),
  serverPrice: price(),
  drivePrice: price(),
  /** When given, the power cost uses this estimate instead of the stated watts. */
  tdp: z.optional(storageTdpSchema),
});

/**
 * What the cloud costs over its life: the prices of the design's own servers (its first
 * profile), of the other roles and of each rack, power and support, and the other profiles to
 * compare. The defaults are examples to be replaced by the architect's quotes.
 */
export const costingSchema = z.strictObject({
  currency: text(1, 8),
  compute: nodePricesSchema,
  controllerPrice: price(),
  networkNodePrice: price(),
  storageServerPrice: price(),
  storageDrivePrice: price(),
  /** The design's own storage node's watts for the power cost, estimated; absent: its stated watts. */
  storageTdp: z.optional(storageTdpSchema),
  rackPrice: price(),
  pduPairPrice: price(),
  switchPairPrice: price(),
  kwhPrice: numberAtLeast(0, 1_000),
  /** Power usage effectiveness: the data centre's watts per watt the servers draw (≥ 1). */
  pue: numberAtLeast(1, 10),
  /** Support and maintenance each year, as a share of the hardware bought so far. */
  supportShare: share(),
  profiles: z
    .array(profileSchema, { error: 'must be a list of server profiles' })
    .check(
      z.maxLength(MAX_PROFILES, { error: `must list at most ${MAX_PROFILES} other profiles` }),
    ),
  /** Other storage nodes to compare; empty in the default, so older documents size as before. */
  storageProfiles: z
    .array(storageProfileSchema, { error: 'must be a list of storage server profiles' })
    .check(
      z.maxLength(MAX_PROFILES, {
        error: `must list at most ${MAX_PROFILES} other storage profiles`,
      }),
    ),
});

export type Costing = z.infer<typeof costingSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type NodePrices = z.infer<typeof nodePricesSchema>;
export type StorageProfile = z.infer<typeof storageProfileSchema>;
export type TdpEstimate = z.infer<typeof tdpSchema>;
export type StorageTdpEstimate = z.infer<typeof storageTdpSchema>;
