import type { Design } from '../../design/design-schema';
import type { RoleCounts } from '../report/plan-report-types';
import { tidy } from '../report/rounding';

/** Watts drawn by these nodes and the switch pair of each rack. */
export function powerWOf(design: Design, counts: RoleCounts, racks: number): number {
  const per = design.racks.wattsPerNode;
  const nodeWatts =
    counts.controller * per.controller +
    counts.network * per.network +
    counts.compute * per.compute +
    counts.storage * per.storage;
  return tidy(nodeWatts + 2 * racks * design.racks.wattsPerSwitch);
}
