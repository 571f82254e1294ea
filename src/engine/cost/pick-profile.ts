import type { Design } from '../../design/design-schema';
import { ownProfileOf, withProfile } from './compare-profiles';
import { ownStorageProfileOf, withStorageProfile } from './storage-profiles';

/**
 * Makes compute profile `index` the design's hardware. The hardware it replaces joins the
 * profiles in its place, named `previousName`, so picking is never a loss and can be undone by
 * picking back.
 */
export function pickProfile(design: Design, index: number, previousName: string): Design {
  const { profiles, storageProfiles } = design.costing;
  const picked = profiles[index];
  if (!picked) return design;
  const previous = ownProfileOf(design, previousName);
  const rest = profiles.map((p, i) => (i === index ? previous : p));
  const hardware = withProfile(design, picked);
  return {
    ...hardware,
    name: design.name,
    costing: { ...hardware.costing, profiles: rest, storageProfiles },
  };
}

/** The same for storage profile `index`: it becomes the design's storage node. */
export function pickStorageProfile(design: Design, index: number, previousName: string): Design {
  const { profiles, storageProfiles } = design.costing;
  const picked = storageProfiles[index];
  if (!picked) return design;
  const previous = ownStorageProfileOf(design, previousName);
  const rest = storageProfiles.map((p, i) => (i === index ? previous : p));
  const hardware = withStorageProfile(design, picked);
  return {
    ...hardware,
    name: design.name,
    costing: { ...hardware.costing, profiles, storageProfiles: rest },
  };
}
