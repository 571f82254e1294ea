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

/**
 * Controllers, network and storage nodes round-robin with one cursor across the roles,
 * controllers first, so no two controllers share a rack while racks allow. Only the racks that
 * get one of them are listed, with no compute nodes yet, as runs of alike racks: each role adds
 * ⌊count / racks⌋ to every rack and one more to a window of racks after the cursor, so at most
 * four window edges split the racks and the work never grows with the number of racks. Called
 * thousands of times per sizing by the rack searches, so it allocates only the runs.
 */
export function spread(counts: RoleCounts, racks: number): RackRun[] {
  const { controller, network, storage } = counts;
  const listed = Math.min(racks, controller + network + storage);
  const controllerExtra = controller % racks;
  const networkExtra = network % racks;
  const storageExtra = storage % racks;
  // Window starts: controllers at 0, network where they end, storage where network ends.
  const networkStart = controllerExtra;
  const storageStart = (networkStart + networkExtra) % racks;
  const end = (storageStart + storageExtra) % racks;
  const edges = [0];
  for (const edge of [networkStart, storageStart, end]) {
    if (edge >= listed || edges.includes(edge)) continue;
    let at = edges.length;
    while (at > 0 && (edges[at - 1] ?? 0) > edge) at -= 1;
    edges.splice(at, 0, edge);
  }
  const runs: RackRun[] = [];
  for (let k = 0; k < edges.length; k++) {
    const first = edges[k] ?? 0;
    if (first >= listed) break;
    const length = (edges[k + 1] ?? listed) - first;
    const nodes = {
      controller:
        (controller - controllerExtra) / racks + inWindow(first, 0, controllerExtra, racks),
      network:
        (network - networkExtra) / racks + inWindow(first, networkStart, networkExtra, racks),
      compute: 0,
      storage:
        (storage - storageExtra) / racks + inWindow(first, storageStart, storageExtra, racks),
    };
    const last = runs[runs.length - 1];
    if (last && sameNodes(last.nodes, nodes)) last.racks += length;
    else runs.push({ nodes, racks: length });
  }
  return runs;
}

/** 1 when `rack` is in the window of `extra` racks from `start` (wrapping), else 0. */
function inWindow(rack: number, start: number, extra: number, racks: number): number {
  return extra > 0 && (rack - start + racks) % racks < extra ? 1 : 0;
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
