import type { FieldError } from '../../design/field-error';
import { STORAGE_PROFILE_PATHS } from './storage-profiles';

/** Where each compute profile field sits in the design it is sized as. */
const COMPUTE_PROFILE_PATHS: Readonly<Record<string, string>> = {
  'physical.cpu.socketsPerServer': 'socketsPerServer',
  'physical.cpu.coresPerSocket': 'coresPerSocket',
  'physical.cpu.ghzPerCore': 'ghzPerCore',
  'physical.memory.dimmSlotsPerServer': 'dimmSlotsPerServer',
  'physical.memory.stickSizesGb': 'stickSizesGb',
  'physical.storage.drivesPerNode': 'drivesPerNode',
  'physical.storage.driveGb': 'driveGb',
  'physical.network.nicGbps': 'nicGbps',
  'physical.network.dataLinksPerNode': 'dataLinksPerNode',
  'racks.unitsPerNode.compute': 'unitsPerNode',
  'racks.wattsPerNode.compute': 'wattsLoaded',
  'costing.compute': 'prices',
};

export type ProfileRole = 'compute' | 'storage';

/**
 * An error of the design sized on profile `index` of `role`, moved onto the profile's own field
 * when the profile sets it (`physical.cpu.coresPerSocket` → `costing.profiles[0].coresPerSocket`),
 * so a person reads the profile's input by its label; other paths stay the design's.
 */
export function onProfileField(error: FieldError, role: ProfileRole, index: number): FieldError {
  const paths = role === 'compute' ? COMPUTE_PROFILE_PATHS : STORAGE_PROFILE_PATHS;
  const list = role === 'compute' ? 'costing.profiles' : 'costing.storageProfiles';
  for (const [designPath, key] of Object.entries(paths)) {
    const rest = error.path.slice(designPath.length);
    if (error.path.startsWith(designPath) && (rest === '' || rest[0] === '.' || rest[0] === '['))
      return { ...error, path: `${list}[${index}].${key}${error.path.slice(designPath.length)}` };
  }
  return error;
}
