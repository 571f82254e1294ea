import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoleCounts } from '../report/plan-report-types';
import { spread } from './rack-setup';

/** The round-robin spelled out rack by rack: one cursor, controllers, then network, then storage. */
function spreadRackByRack(counts: RoleCounts, racks: number): RoleCounts[] {
  const all = Array.from({ length: racks }, () => ({
    controller: 0,
    network: 0,
    compute: 0,
    storage: 0,
  }));
  let cursor = 0;
  for (const role of ['controller', 'network', 'storage'] as const) {
    for (let k = 0; k < counts[role]; k++) {
      const rack = all[cursor];
      if (rack) rack[role] += 1;
      cursor = (cursor + 1) % racks;
    }
  }
  return all.filter((r) => r.controller + r.network + r.storage > 0);
}

describe('spread', () => {
  it('three controllers, two network and four storage nodes over four racks', () => {
    // Cursor: controllers to racks 1–3, network to 4 and 1, storage to 2, 3, 4, 1.
    // Rack 1: C, N, S; rack 2: C, S; rack 3: C, S; rack 4: N, S.
    const runs = spread({ controller: 3, network: 2, compute: 0, storage: 4 }, 4);
    expect(runs).toEqual([
      { nodes: { controller: 1, network: 1, compute: 0, storage: 1 }, racks: 1 },
      { nodes: { controller: 1, network: 0, compute: 0, storage: 1 }, racks: 2 },
      { nodes: { controller: 0, network: 1, compute: 0, storage: 1 }, racks: 1 },
    ]);
  });

  it('runs of alike racks are the node-by-node round-robin, a handful of runs for any count', () => {
    const count = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(count, count, count, fc.integer({ min: 1, max: 300 }), (c, n, s, racks) => {
        const counts = { controller: c, network: n, compute: 0, storage: s };
        const runs = spread(counts, racks);
        const expanded = runs.flatMap((run) => Array.from({ length: run.racks }, () => run.nodes));
        expect(expanded).toEqual(spreadRackByRack(counts, racks));
        // Six window edges cut the racks into at most seven runs.
        expect(runs.length).toBeLessThanOrEqual(7);
      }),
      { numRuns: 300 },
    );
  });
});
