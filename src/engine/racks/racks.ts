import type { Design } from '../../design/design-schema';
import type { RackGroup, RackLimit, RoleCounts } from '../report/plan-report-types';
import {
  balance,
  nodesSurvivingRackLoss,
  nodesThatFit,
  roomTotal,
  type ComputeRoom,
  type RoomRun,
} from './rack-fill';
import {
  quorumRacks,
  sameNodes,
  setupOf,
  spread,
  useOf,
  type RackRun,
  type Setup,
} from './rack-setup';
import { roundUp } from '../report/rounding';

export type RackPlan = {
  racks: number;
  computeNodes: number;
  extraComputeNodes: number;
  computeInFullestRack: number;
  /** Storage nodes in the rack that holds the most: what a rack loss takes from Ceph. */
  storageInFullestRack: number;
  byUnits: number;
  byPower: number;
  byPorts: number;
  /** Compute nodes alone, a whole number to a rack: ⌈compute nodes / per rack⌉. */
  byWholeNodes: number;
  /** With a rack loss to survive: two racks, a controller majority, the needed nodes and one more rack; else 0. */
  byFailureDomain: number;
  limitedBy: RackLimit;
  groups: RackGroup[];
};

function lowerBounds(setup: Setup, counts: RoleCounts) {
  const use = useOf(setup, counts);
  return {
    byUnits: Math.max(1, roundUp(use.units / setup.budget.units)),
    byPower: Math.max(1, roundUp(use.watts / setup.budget.watts)),
    byPorts: Math.max(1, roundUp(use.nics / setup.budget.nics)),
  };
}

/**
 * Places every node in racks: the spread roles round-robin, compute nodes balanced over all racks.
 * Starts from the racks that units, power and switch ports need, and adds racks until the nodes
 * fit and, with `surviveRackLoss`, until losing the fullest rack leaves `computeNeeded` nodes:
 * the nodes the instances need plus the N+k spares, so a rack loss never eats the spares.
 */
export function planRacks(design: Design, counts: RoleCounts, computeNeeded: number): RackPlan {
  const setup = setupOf(design);
  const rackLoss = design.racks.surviveRackLoss;
  const spreadTotal = counts.controller + counts.network + counts.storage;
  const { budget } = setup;
  const emptyCapacity = Math.max(
    1,
    nodesThatFit(budget.units, budget.watts, budget.nics, setup.compute),
  );
  const bounds = lowerBounds(setup, counts);
  // Compute nodes alone, a whole number to a rack, set a tighter floor than the sums do.
  const byWholeNodes = roundUp(counts.compute / emptyCapacity);
  const byFailureDomain = rackLoss
    ? Math.max(2, quorumRacks(counts.controller), roundUp(computeNeeded / emptyCapacity) + 1)
    : 0;
  let racks = Math.max(
    bounds.byUnits,
    bounds.byPower,
    bounds.byPorts,
    byWholeNodes,
    byFailureDomain,
  );
  // Controllers keep a rack each while racks allow, and with a rack loss the spread roles keep
  // at least the racks a controller majority needs.
  const minSpread = Math.max(
    1,
    counts.controller,
    rackLoss ? Math.max(2, quorumRacks(counts.controller)) : 1,
  );
  const layouts = layoutsOf(setup, counts);
  const packed = fewestSpreadRacks(
    setup,
    counts,
    layouts,
    minSpread,
    Math.max(minSpread, spreadTotal),
  );
  // The spread roles packed in their fewest racks beside racks of compute nodes alone (one more
  // to lose with a rack loss) always fit: the search ends by here.
  const computeRacks = Math.max(
    roundUp(counts.compute / emptyCapacity),
    rackLoss ? roundUp(computeNeeded / emptyCapacity) + 1 : 0,
  );
  const enough = (packed ?? spreadTotal) + computeRacks + 1;

  const attemptAt = (n: number) =>
    tryRacks(
      setup,
      counts,
      n,
      rackLoss ? computeNeeded : null,
      spreadChoices(n, minSpread, packed).map(layouts),
    );
  // Galloping, then halving: the cost grows with the log of the racks added, never their
  // number, so a cloud of thousands of storage nodes sizes in milliseconds. More racks only
  // lower each rack's load, so the first count that works is the fewest.
  let failed = racks - 1;
  let attempt = attemptAt(racks);
  let step = 1;
  while (!attempt.ok && racks < enough) {
    failed = racks;
    racks = Math.min(enough, racks + step);
    step *= 2;
    attempt = attemptAt(racks);
  }
  while (attempt.ok && racks - failed > 1) {
    const middle = Math.floor((failed + racks) / 2);
    const tried = attemptAt(middle);
    if (tried.ok) {
      racks = middle;
      attempt = tried;
    } else failed = middle;
  }
  const computeNodes = attempt.ok ? attempt.computeNodes : counts.compute;
  const final =
    computeNodes === counts.compute
      ? bounds
      : lowerBounds(setup, {
          controller: counts.controller,
          network: counts.network,
          compute: computeNodes,
          storage: counts.storage,
        });
  return {
    racks,
    computeNodes,
    extraComputeNodes: computeNodes - counts.compute,
    computeInFullestRack: attempt.ok ? attempt.fullest : 0,
    storageInFullestRack: attempt.ok ? attempt.storageInFullest : counts.storage,
    byUnits: final.byUnits,
    byPower: final.byPower,
    byPorts: final.byPorts,
    byWholeNodes,
    byFailureDomain,
    limitedBy: limitOf(final, racks, rackLoss),
    groups: attempt.ok ? attempt.groups : [],
  };
}

/** What set the rack count: the largest capacity bound (units first on a tie), or a rack loss. */
function limitOf(
  b: { byUnits: number; byPower: number; byPorts: number },
  racks: number,
  rackLoss: boolean,
): RackLimit {
  const most = Math.max(b.byUnits, b.byPower, b.byPorts);
  if (rackLoss && racks > most) return 'failure-domain';
  if (b.byUnits === most) return 'units';
  return b.byPower === most ? 'power' : 'ports';
}

type Attempt =
  | {
      ok: true;
      computeNodes: number;
      fullest: number;
      storageInFullest: number;
      groups: RackGroup[];
    }
  | { ok: false };

/**
 * The spread roles over `spreadRacks` racks and the room each run leaves for compute nodes; null
 * when they do not fit on their own. The searches ask for the same few spreads again and again,
 * so each plan keeps the ones it has worked out.
 */
type SpreadLayout = { placed: RackRun[]; mixed: RoomRun[]; listed: number } | null;
type Layouts = (spreadRacks: number) => SpreadLayout;

function layoutsOf(setup: Setup, counts: RoleCounts): Layouts {
  const known = new Map<number, SpreadLayout>();
  return (spreadRacks) => {
    let layout = known.get(spreadRacks);
    if (layout === undefined) {
      layout = layoutOf(setup, counts, spreadRacks);
      known.set(spreadRacks, layout);
    }
    return layout;
  };
}

function layoutOf(setup: Setup, counts: RoleCounts, spreadRacks: number): SpreadLayout {
  const { budget } = setup;
  const placed = spread(counts, spreadRacks);
  const mixed: RoomRun[] = [];
  let listed = 0;
  for (const run of placed) {
    const use = useOf(setup, run.nodes);
    const units = budget.units - use.units;
    const watts = budget.watts - use.watts;
    const nics = budget.nics - use.nics;
    if (units < 0 || watts < 0 || nics < 0) return null;
    mixed.push({ room: nodesThatFit(units, watts, nics, setup.compute), racks: run.racks });
    listed += run.racks;
  }
  return { placed, mixed, listed };
}

/**
 * The fewest racks, from `low` to `high`, the spread roles fit in on their own; null if none.
 * Fewer nodes to a rack never fit worse. The sums of units, watts and NICs set a floor that is
 * almost always the answer or one short of it, so the search gallops up from there and then
 * halves: a few spreads, where halving from `low` took one per bit of the node count.
 */
function fewestSpreadRacks(
  setup: Setup,
  counts: RoleCounts,
  layouts: Layouts,
  low: number,
  high: number,
): number | null {
  if (layouts(high) === null) return null;
  const { budget } = setup;
  const use = useOf(setup, { ...counts, compute: 0 });
  const floor = Math.min(
    high,
    Math.max(
      low,
      roundUp(use.units / budget.units),
      roundUp(use.watts / budget.watts),
      roundUp(use.nics / budget.nics),
    ),
  );
  let failed = floor - 1;
  let fits = floor;
  let step = 1;
  while (layouts(fits) === null) {
    failed = fits;
    fits = Math.min(high, fits + step);
    step *= 2;
  }
  while (fits - failed > 1) {
    const middle = Math.floor((failed + fits) / 2);
    if (layouts(middle) !== null) fits = middle;
    else failed = middle;
  }
  return fits;
}

/**
 * Over how many of `racks` to spread the controllers, network and storage nodes: all of them
 * first (the widest failure domains), else packed into their fewest racks (or one or two more,
 * as whole nodes round) so compute nodes get whole racks of their own.
 */
function spreadChoices(racks: number, minSpread: number, packed: number | null): number[] {
  const choices = [racks];
  if (packed !== null)
    for (let more = 0; more < 3; more++) {
      const m = packed + more;
      if (m >= minSpread && m < racks) choices.push(m);
    }
  return choices;
}

function tryRacks(
  setup: Setup,
  counts: RoleCounts,
  racks: number,
  survive: number | null,
  layouts: readonly SpreadLayout[],
): Attempt {
  for (const layout of layouts) {
    if (layout === null) continue;
    const attempt = tryRacksSpreadOver(setup, counts, racks, survive, layout);
    if (attempt.ok) return attempt;
  }
  return { ok: false };
}

function tryRacksSpreadOver(
  setup: Setup,
  counts: RoleCounts,
  racks: number,
  survive: number | null,
  { placed, mixed, listed }: NonNullable<SpreadLayout>,
): Attempt {
  const { budget } = setup;
  const emptyCapacity = nodesThatFit(budget.units, budget.watts, budget.nics, setup.compute);
  const room: ComputeRoom = { mixed, emptyRacks: racks - listed, emptyCapacity };
  const capacity = roomTotal(room);
  if (counts.compute > capacity) return { ok: false };
  let computeNodes = counts.compute;
  if (survive !== null) {
    const surviving = nodesSurvivingRackLoss(room, counts.compute, survive);
    if (surviving === null) return { ok: false };
    computeNodes = surviving;
  }
  const filled = balance(room, computeNodes);
  const groups: RackGroup[] = [];
  // A run split by the balance keeps its spread nodes: walk both in rack order.
  let runIndex = 0;
  let runLeft = placed[0]?.racks ?? 0;
  for (const part of filled.mixed) {
    let left = part.racks;
    while (left > 0) {
      const run = placed[runIndex];
      if (!run) break;
      const take = Math.min(left, runLeft);
      addRacks(groups, setup, { ...run.nodes, compute: part.compute }, take);
      left -= take;
      runLeft -= take;
      if (runLeft === 0) {
        runIndex += 1;
        runLeft = placed[runIndex]?.racks ?? 0;
      }
    }
  }
  if (filled.emptyAtLevel > 0)
    addRacks(groups, setup, computeOnly(filled.emptyValue), filled.emptyAtLevel);
  if (filled.emptyBelow > 0)
    addRacks(groups, setup, computeOnly(filled.emptyValue - 1), filled.emptyBelow);
  const storageInFullest = Math.max(0, ...placed.map((run) => run.nodes.storage));
  return { ok: true, computeNodes, fullest: filled.level, storageInFullest, groups };
}

function computeOnly(compute: number): RoleCounts {
  return { controller: 0, network: 0, compute, storage: 0 };
}

function addRacks(groups: RackGroup[], setup: Setup, nodes: RoleCounts, count: number): void {
  if (count <= 0) return;
  const last = groups[groups.length - 1];
  if (last && sameNodes(last.nodes, nodes)) {
    last.rackCount += count;
    return;
  }
  const use = useOf(setup, nodes);
  groups.push({
    firstRack: last ? last.firstRack + last.rackCount : 1,
    rackCount: count,
    nodes,
    unitsUsed: use.units + setup.switchPair.units,
    watts: use.watts + setup.switchPair.watts,
    // The switch pair is an MLAG pair: each node's NICs split across both switches.
    portsPerSwitch: roundUp(use.nics / 2) + setup.uplinksPerSwitch,
  });
}
