import * as z from 'zod/mini';
import {
  startingStorageTdp,
  storageProfileSchema,
  storageTdpSchema,
  type StorageProfile,
  type StorageTdpEstimate,
} from '../../design/costing-schema';
import type { DriveKind } from '../../design/storage-cluster-schema';

/** Where a storage node's watts for the power cost come from, as the form holds it. */
export const storagePowerFromSchema = z.enum(['watts', 'tdp']);
type PowerFrom = z.infer<typeof storagePowerFromSchema>;

/**
 * A storage node's power as typed: the choice, and the estimate's inputs kept while the stated
 * watts are chosen, so switching back loses nothing. They start at the node's drive kind's
 * figures.
 */
export function storagePowerForm(
  tdp: StorageTdpEstimate | undefined,
  kind: DriveKind,
): { powerFrom: PowerFrom; tdp: StorageTdpEstimate } {
  return { powerFrom: tdp ? 'tdp' : 'watts', tdp: tdp ?? startingStorageTdp(kind) };
}

/** The estimate the document keeps: none while the stated watts are chosen. */
export function storageTdpOf(
  powerFrom: PowerFrom,
  tdp: StorageTdpEstimate,
): StorageTdpEstimate | undefined {
  return powerFrom === 'tdp' ? tdp : undefined;
}

/**
 * A storage profile as typed, its drives within its bays said on both inputs, so whichever was
 * typed last carries a message of its own.
 */
export const storageProfileFormSchema = z
  .extend(z.omit(storageProfileSchema, { tdp: true }), {
    powerFrom: storagePowerFromSchema,
    tdp: storageTdpSchema,
  })
  .check(
    z.refine((p) => p.drivesPerNode <= p.driveBays, {
      error: 'must be at most the drive bays',
      path: ['drivesPerNode'],
    }),
    z.refine((p) => p.drivesPerNode <= p.driveBays, {
      error: 'must be at least the data drives',
      path: ['driveBays'],
    }),
  );
export type StorageProfileForm = z.infer<typeof storageProfileFormSchema>;

export function storageProfileForm({ tdp, ...profile }: StorageProfile): StorageProfileForm {
  return { ...profile, ...storagePowerForm(tdp, profile.driveKind) };
}

export function storageProfileOf({
  powerFrom,
  tdp,
  ...profile
}: StorageProfileForm): StorageProfile {
  const estimate = storageTdpOf(powerFrom, tdp);
  return estimate ? { ...profile, tdp: estimate } : profile;
}
