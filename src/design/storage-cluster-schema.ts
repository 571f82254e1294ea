import * as z from 'zod/mini';
import { LIMITS, MINIMUMS, flag, numberAtLeast, share, wholeNumber } from './field-rules';

export const DRIVE_KINDS = ['hdd', 'ssd', 'nvme'] as const;
export type DriveKind = (typeof DRIVE_KINDS)[number];

export const OBJECT_BACKENDS = ['swift', 'ceph-rgw'] as const;

/** A dedicated storage node as bought: its drive bays and drives, cores, RAM and links. */
export const storageNodeSchema = z.strictObject({
  driveBays: wholeNumber(1, LIMITS.drives),
  drivesPerNode: wholeNumber(1, LIMITS.drives),
  driveTb: numberAtLeast(MINIMUMS.driveTb, 1_000),
  driveKind: z.enum(DRIVE_KINDS, { error: `must be one of ${DRIVE_KINDS.join(', ')}` }),
  driveIops: numberAtLeast(0, LIMITS.iops),
  cores: wholeNumber(1, LIMITS.cores),
  ramGb: numberAtLeast(MINIMUMS.storageNodeRamGb, LIMITS.ramGb),
  nicGbps: numberAtLeast(MINIMUMS.nicGbps, LIMITS.nicGbps),
});

/**
 * How the data is kept: Ceph's fill ratios, replication or erasure coding per kind of data
 * (k = 0 keeps replication), where images, instance disks and objects live.
 */
export const cephSchema = z.strictObject({
  nearfullRatio: share(),
  backfillfullRatio: share(),
  osdMemoryTargetGb: numberAtLeast(MINIMUMS.osdMemoryGb, 1_024),
  targetPgsPerOsd: wholeNumber(1, 1_000),
  imagesTb: numberAtLeast(0, LIMITS.objectTb),
  imageReplicas: wholeNumber(1, LIMITS.replicas),
  ephemeralOnCeph: flag(),
  objectBackend: z.enum(OBJECT_BACKENDS, {
    error: `must be one of ${OBJECT_BACKENDS.join(', ')}`,
  }),
  blockEcK: wholeNumber(0, 32),
  blockEcM: wholeNumber(0, 32),
  objectEcK: wholeNumber(0, 32),
  objectEcM: wholeNumber(0, 32),
});

export type StorageNodeSpec = z.infer<typeof storageNodeSchema>;
export type CephSpec = z.infer<typeof cephSchema>;
