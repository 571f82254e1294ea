import type { Design } from '../../design/design-schema';
import { nicsPerNodeOf } from '../../design/node-nics';
import type { RoleCounts } from '../report/plan-report-types';
import type { RackUse } from './rack-fill';

/** One rack's budget beside its switch pair, and what each role's node takes from it. */
export type Setup = {
  budget: RackUse;
  unitsPerNode: RoleCounts;
  wattsPerNode: RoleCounts;
  nicsPerNode: number;
  compute: RackUse;
  switchPair: RackUse;
  uplinksPerSwitch: number;
};

export function setupOf(design: Design): Setup {
  const { racks } = design;
  const nicsPerNode = nicsPerNodeOf(design.physical.network);
  const switchPair = { units: 2 * racks.unitsPerSwitch, watts: 2 * racks.wattsPerSwitch, nics: 0 };
  return {
    budget: {
      units: racks.unitsPerRack - switchPair.units,
      watts: racks.powerBudgetWattsPerRack - switchPair.watts,
      nics: 2 * (racks.portsPerSwitch - racks.uplinkPortsPerSwitch),
    },
    unitsPerNode: racks.unitsPerNode,
    wattsPerNode: racks.wattsPerNode,
    nicsPerNode,
    compute: {
      units: racks.unitsPerNode.compute,
      watts: racks.wattsPerNode.compute,
      nics: nicsPerNode,
    },
    switchPair,
    uplinksPerSwitch: racks.uplinkPortsPerSwitch,
  };
}

function weighted(c: RoleCounts, per: RoleCounts): number {
  return (
    c.controller * per.controller +
    c.network * per.network +
    c.compute * per.compute +
    c.storage * per.storage
  );
}

/** Units, watts and NICs the nodes take, switches left out. */
export function useOf(setup: Setup, c: RoleCounts): RackUse {
  return {
    units: weighted(c, setup.unitsPerNode),
    watts: weighted(c, setup.wattsPerNode),
    nics: (c.controller + c.network + c.compute + c.storage) * setup.nicsPerNode,
  };
}

/** Consecutive racks holding the same nodes. */
export type RackRun = { nodes: RoleCounts; racks: number };

const SPREAD_ROLES = ['controller', 'network', 'storage'] as const;

/**
 * Controllers, network and storage nodes round-robin with one cursor across the roles,
 * controllers first, so no two controllers share a rack while racks allow. Only the racks that
 * get one of them are listed, with no compute nodes yet, as runs of alike racks: each role adds
 * ⌊count / racks⌋ to every rack and one more to a window of racks after the cursor, so a handful
 * of window edges split the racks and the work never grows with the number of racks.
 */
export function spread(counts: RoleCounts, racks: number): RackRun[] {
  const listed = Math.min(racks, counts.controller + counts.network + counts.storage);
  const windows: { each: number; start: number; extra: number }[] = [];
  const edges = new Set<number>([0]);
  let cursor = 0;
  for (const role of SPREAD_ROLES) {
    const extra = counts[role] % racks;
    windows.push({ each: Math.floor(counts[role] / racks), start: cursor, extra });
    edges.add(cursor);
    cursor = (cursor + extra) % racks;
    edges.add(cursor);
  }
  const starts = [...edges].filter((edge) => edge < listed).sort((a, b) => a - b);
  const runs: RackRun[] = [];
  starts.forEach((first, k) => {
    const length = (starts[k + 1] ?? listed) - first;
    const [controller, network, storage] = windows.map(
      (w) => w.each + (w.extra > 0 && (first - w.start + racks) % racks < w.extra ? 1 : 0),
    );
    const nodes = {
      controller: controller ?? 0,
      network: network ?? 0,
      compute: 0,
      storage: storage ?? 0,
    };
    const last = runs[runs.length - 1];
    if (last && sameNodes(last.nodes, nodes)) last.racks += length;
    else runs.push({ nodes, racks: length });
  });
  return runs;
}

export function sameNodes(a: RoleCounts, b: RoleCounts): boolean {
  return (
    a.controller === b.controller &&
    a.network === b.network &&
    a.compute === b.compute &&
    a.storage === b.storage
  );
}

/** Fewest racks for a rack loss to leave a controller majority: at most ⌈C/2⌉ − 1 per rack. */
export function quorumRacks(controllers: number): number {
  const mostPerRack = Math.ceil(controllers / 2) - 1;
  return mostPerRack < 1 ? 1 : Math.ceil(controllers / mostPerRack);
}
