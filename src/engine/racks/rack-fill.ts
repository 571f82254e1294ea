import { roundDown } from '../report/rounding';

/** What one rack offers, or what nodes take from it: units, watts and NICs on its switch pair. */
export type RackUse = { units: number; watts: number; nics: number };

/** How many more nodes of `node` fit in what is left of a rack. */
export function nodesThatFit(units: number, watts: number, nics: number, node: RackUse): number {
  if (units < 0 || watts < 0 || nics < 0) return 0;
  return Math.max(
    0,
    Math.min(
      roundDown(units / node.units),
      roundDown(watts / node.watts),
      roundDown(nics / node.nics),
    ),
  );
}

/** Consecutive racks with the same room left for compute nodes. */
export type RoomRun = { room: number; racks: number };

/**
 * Compute racks: runs of racks that also hold the spread roles (each run with its own room left),
 * in rack order, then `emptyRacks` identical racks with room for `emptyCapacity` nodes. Kept in
 * this shape so the work grows with the runs, never with the number of compute nodes or racks.
 */
export type ComputeRoom = {
  mixed: readonly RoomRun[];
  emptyRacks: number;
  emptyCapacity: number;
};

export function roomTotal(room: ComputeRoom): number {
  let total = room.emptyRacks * room.emptyCapacity;
  for (const run of room.mixed) total += run.room * run.racks;
  return total;
}

function filledAt(room: ComputeRoom, level: number): number {
  let total = room.emptyRacks * Math.min(room.emptyCapacity, level);
  for (const run of room.mixed) total += Math.min(run.room, level) * run.racks;
  return total;
}

/** The lowest fill level that places `nodes` compute nodes: the count in the fullest rack. */
export function fillLevel(room: ComputeRoom, nodes: number): number {
  if (nodes <= 0) return 0;
  let low = 1;
  let high = room.emptyCapacity;
  for (const run of room.mixed) high = Math.max(high, run.room);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (filledAt(room, mid) >= nodes) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Compute nodes per rack, balanced: every rack up to the fill level, then the surplus taken back
 * from the last racks at that level. Returns the mixed runs' counts (a run split where the surplus
 * ends) and the empty racks as `emptyAtLevel` racks at `emptyValue` followed by `emptyBelow`
 * racks one below it.
 */
export function balance(
  room: ComputeRoom,
  nodes: number,
): {
  mixed: { compute: number; racks: number }[];
  level: number;
  emptyAtLevel: number;
  emptyBelow: number;
  emptyValue: number;
} {
  const level = fillLevel(room, nodes);
  const emptyValue = Math.min(room.emptyCapacity, level);
  let surplus = filledAt(room, level) - nodes;
  let emptyBelow = 0;
  if (level > 0 && room.emptyCapacity >= level) {
    emptyBelow = Math.min(surplus, room.emptyRacks);
    surplus -= emptyBelow;
  }
  const reversed: { compute: number; racks: number }[] = [];
  for (let j = room.mixed.length - 1; j >= 0; j--) {
    const run = room.mixed[j];
    if (!run) continue;
    const compute = Math.min(run.room, level);
    const lowered = compute === level ? Math.min(surplus, run.racks) : 0;
    surplus -= lowered;
    if (lowered > 0) reversed.push({ compute: level - 1, racks: lowered });
    if (run.racks > lowered) reversed.push({ compute, racks: run.racks - lowered });
  }
  return {
    mixed: reversed.reverse(),
    level,
    emptyAtLevel: room.emptyRacks - emptyBelow,
    emptyBelow,
    emptyValue,
  };
}

/**
 * The fewest compute nodes, at least `atLeast`, such that losing the fullest rack still leaves
 * `needed`; null when these racks cannot hold that many. Nodes minus the fullest rack never
 * shrinks as nodes are added, so a binary search finds the least.
 */
export function nodesSurvivingRackLoss(
  room: ComputeRoom,
  atLeast: number,
  needed: number,
): number | null {
  const most = roomTotal(room);
  const survives = (n: number) => n - fillLevel(room, n) >= needed;
  if (atLeast > most || !survives(most)) return null;
  let low = atLeast;
  let high = most;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (survives(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
