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

/**
 * Controllers, network and storage nodes round-robin with one cursor across the roles,
 * controllers first, so no two controllers share a rack while racks allow. Only the racks that
 * get one of them are listed, with no compute nodes yet.
 */
export function spread(counts: RoleCounts, racks: number): RoleCounts[] {
  const listed = Math.min(racks, counts.controller + counts.network + counts.storage);
  const placed: RoleCounts[] = [];
  for (let j = 0; j < listed; j++)
    placed.push({ controller: 0, network: 0, compute: 0, storage: 0 });
  let cursor = 0;
  cursor = spreadRole(placed, racks, cursor, 'controller', counts.controller);
  cursor = spreadRole(placed, racks, cursor, 'network', counts.network);
  spreadRole(placed, racks, cursor, 'storage', counts.storage);
  return placed;
}

function spreadRole(
  placed: RoleCounts[],
  racks: number,
  cursor: number,
  role: 'controller' | 'network' | 'storage',
  count: number,
): number {
  const each = Math.floor(count / racks);
  const extra = count % racks;
  if (each > 0) for (const rack of placed) rack[role] += each;
  for (let k = 0; k < extra; k++) {
    const rack = placed[(cursor + k) % racks];
    if (rack) rack[role] += 1;
  }
  return (cursor + extra) % racks;
}

/** Fewest racks for a rack loss to leave a controller majority: at most ⌈C/2⌉ − 1 per rack. */
export function quorumRacks(controllers: number): number {
  const mostPerRack = Math.ceil(controllers / 2) - 1;
  return mostPerRack < 1 ? 1 : Math.ceil(controllers / mostPerRack);
}
