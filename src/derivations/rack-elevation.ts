import type { RacksSpec } from '../design/plan-schema';
import type { NodeRole } from '../engine/logical/node-roles';
import type { RackGroup, RacksReport } from '../engine/report/plan-report-types';

/**
 * How tall each thing is in rack units: the drawing's geometry. How many racks, what is in each
 * and what it draws come from the report.
 */
export type RackGeometry = Pick<RacksSpec, 'unitsPerSwitch' | 'unitsPerNode'>;

/** Top to bottom, as racks are drawn: the switch pair on top, the heavy storage nodes low. */
const ELEVATION_ORDER: readonly NodeRole[] = ['controller', 'network', 'compute', 'storage'];

export type ElevationSlot = {
  role: NodeRole | 'switch';
  /** 1-based, numbered across all racks in rack order: compute 9 is the ninth compute node. */
  index: number;
  rackUnits: number;
  /** The rack unit the slot's top edge sits in, counted from 1 at the bottom as racks are. */
  topUnit: number;
};

export type RackElevation = {
  rack: number;
  unitsPerRack: number;
  freeUnits: number;
  watts: number;
  portsPerSwitch: number;
  slots: ElevationSlot[];
};

/** What sits where in one rack (1-based), for the elevation drawing; null past the last rack. */
export function rackElevation(
  spec: RackGeometry,
  racks: RacksReport,
  rack: number,
): RackElevation | null {
  const before: Record<NodeRole, number> = { controller: 0, network: 0, compute: 0, storage: 0 };
  let group: RackGroup | undefined;
  for (const g of racks.layout) {
    const inGroup = Math.min(g.rackCount, Math.max(0, rack - g.firstRack));
    for (const role of ELEVATION_ORDER) before[role] += inGroup * g.nodes[role];
    if (rack >= g.firstRack && rack < g.firstRack + g.rackCount) {
      group = g;
      break;
    }
  }
  if (!group) return null;

  const slots: ElevationSlot[] = [];
  let top = racks.unitsPerRack;
  const place = (role: ElevationSlot['role'], index: number, rackUnits: number) => {
    slots.push({ role, index, rackUnits, topUnit: top });
    top -= rackUnits;
  };
  if (spec.unitsPerSwitch > 0) {
    place('switch', 2 * rack - 1, spec.unitsPerSwitch);
    place('switch', 2 * rack, spec.unitsPerSwitch);
  }
  for (const role of ELEVATION_ORDER)
    for (let i = 1; i <= group.nodes[role]; i++)
      place(role, before[role] + i, spec.unitsPerNode[role]);
  return {
    rack,
    unitsPerRack: racks.unitsPerRack,
    freeUnits: racks.unitsPerRack - group.unitsUsed,
    watts: group.watts,
    portsPerSwitch: group.portsPerSwitch,
    slots,
  };
}

/** The first `most` racks, enough for a drawing; a large cloud repeats the same racks. */
export function rackElevations(spec: RackGeometry, racks: RacksReport, most = 12): RackElevation[] {
  const drawn: RackElevation[] = [];
  for (let rack = 1; rack <= Math.min(most, racks.count); rack++) {
    const elevation = rackElevation(spec, racks, rack);
    if (elevation) drawn.push(elevation);
  }
  return drawn;
}
