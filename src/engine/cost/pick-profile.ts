import type { Design } from '../../design/design-schema';
import { ownProfileOf, withProfile } from './compare-profiles';

/**
 * Makes profile `index` the design's hardware. The hardware it replaces joins the profiles in
 * its place, named `previousName`, so picking is never a loss and can be undone by picking back.
 */
export function pickProfile(design: Design, index: number, previousName: string): Design {
  const { profiles } = design.costing;
  const picked = profiles[index];
  if (!picked) return design;
  const previous = ownProfileOf(design, previousName);
  const rest = profiles.map((p, i) => (i === index ? previous : p));
  const hardware = withProfile(design, picked);
  return { ...hardware, name: design.name, costing: { ...hardware.costing, profiles: rest } };
}
