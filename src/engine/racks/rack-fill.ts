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

/**
 * Compute racks: a few racks that also hold the spread roles (each with its own room left), then
 * `emptyRacks` identical racks with room for `emptyCapacity` nodes. Kept in this shape so the
 * work grows with the spread roles, never with the number of compute nodes or racks.
 */
export type ComputeRoom = {
  mixed: readonly number[];
  /** `mixed` as runs of equal room, most racks alike, so a fill level costs the runs, not the racks. */
  mixedRuns: readonly { room: number; racks: number }[];
  emptyRacks: number;
  emptyCapacity: number;
};

/** The mixed racks' room as runs of equal values. */
export function runsOf(mixed: readonly number[]): { room: number; racks: number }[] {
  const counts = new Map<number, number>();
  for (const c of mixed) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([room, racks]) => ({ room, racks }));
}

export function roomTotal(room: ComputeRoom): number {
  let total = room.emptyRacks * room.emptyCapacity;
  for (const run of room.mixedRuns) total += run.room * run.racks;
  return total;
}

function filledAt(room: ComputeRoom, level: number): number {
  let total = room.emptyRacks * Math.min(room.emptyCapacity, level);
  for (const run of room.mixedRuns) total += Math.min(run.room, level) * run.racks;
  return total;
}

/** The lowest fill level that places `nodes` compute nodes: the count in the fullest rack. */
export function fillLevel(room: ComputeRoom, nodes: number): number {
  if (nodes <= 0) return 0;
  let low = 1;
  let high = room.emptyCapacity;
  for (const run of room.mixedRuns) high = Math.max(high, run.room);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (filledAt(room, mid) >= nodes) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Compute nodes per rack, balanced: every rack up to the fill level, then the surplus taken back
 * from the last racks at that level. Returns the mixed racks' counts and the empty racks as
 * `fullEmpty` racks at the level followed by `lowEmpty` racks one below it.
 */
export function balance(
  room: ComputeRoom,
  nodes: number,
): {
  mixed: number[];
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
  const mixed = room.mixed.map((c) => Math.min(c, level));
  for (let j = mixed.length - 1; j >= 0 && surplus > 0; j--) {
    if (mixed[j] === level) {
      mixed[j] = level - 1;
      surplus -= 1;
    }
  }
  return { mixed, level, emptyAtLevel: room.emptyRacks - emptyBelow, emptyBelow, emptyValue };
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
