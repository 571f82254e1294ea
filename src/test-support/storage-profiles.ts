import type { StorageProfile } from '../design/costing-schema';

/**
 * A storage server of three 15.36 TB SSDs in 1U at 300 W, server 5,000 and 1,500 a drive: fewer,
 * larger drives than the book's 12 × 7.68 TB. Tests worked out by hand against it.
 */
export const FEW_LARGE_SSDS: StorageProfile = {
  name: 'Three large SSDs',
  driveBays: 4,
  drivesPerNode: 3,
  driveTb: 15.36,
  driveKind: 'ssd',
  driveIops: 20000,
  cores: 16,
  ramGb: 64,
  nicGbps: 25,
  unitsPerNode: 1,
  watts: 300,
  serverPrice: 5000,
  drivePrice: 1500,
};
