import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../design/design-schema';
import { designArbitrary } from '../../test-support/design-arbitrary';
import type { Sizing } from '../report/report-types';
import { sizeDesign } from '../size-design';

const RUNS = { numRuns: 300 };

function sized(design: Design): Sizing | null {
  const result = sizeDesign(design);
  return result.ok ? result.sizing : null;
}

// Property runs are many sizings each: give them room on a busy machine.
describe('racks, for every valid design', { timeout: 30_000 }, () => {
  it('a rack-loss design keeps the nodes it needs and its spares after losing its fullest rack', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const sizing = sized({ ...design, racks: { ...design.racks, surviveRackLoss: true } });
        if (!sizing) return;
        const { compute, nodes, racks } = sizing.report;
        const needed =
          Math.max(
            compute.nodesByCpu,
            compute.nodesByVcpu ?? 0,
            compute.nodesByRam,
            compute.nodesByNetwork,
          ) + design.logical.spareComputeNodes;
        expect(racks.count).toBeGreaterThanOrEqual(2);
        for (const group of racks.layout) {
          expect(nodes.compute - group.nodes.compute).toBeGreaterThanOrEqual(needed);
          if (nodes.controller >= 3)
            expect(nodes.controller - group.nodes.controller).toBeGreaterThan(nodes.controller / 2);
        }
        expect(racks.rackLoss.computeNodesAfterLoss).toBeGreaterThanOrEqual(needed);
      }),
      RUNS,
    );
  });

  it('the layout places every node once and keeps every rack within its budget', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const sizing = sized(design);
        if (!sizing) return;
        const { nodes, racks } = sizing.report;
        const spec = design.racks;
        const placed = { controller: 0, network: 0, compute: 0, storage: 0 };
        let rackCount = 0;
        for (const g of racks.layout) {
          rackCount += g.rackCount;
          for (const role of ['controller', 'network', 'compute', 'storage'] as const)
            placed[role] += g.nodes[role] * g.rackCount;
          expect(g.unitsUsed).toBeLessThanOrEqual(spec.unitsPerRack);
          expect(g.watts).toBeLessThanOrEqual(spec.powerBudgetWattsPerRack * (1 + 1e-9));
          expect(g.portsPerSwitch).toBeLessThanOrEqual(spec.portsPerSwitch);
        }
        expect(rackCount).toBe(racks.count);
        expect(placed).toEqual({
          controller: nodes.controller,
          network: nodes.network,
          compute: nodes.compute,
          storage: nodes.storage,
        });
        // No two controllers share a rack while there are racks enough for one each.
        expect(racks.controllersPerRackMax).toBe(Math.ceil(nodes.controller / racks.count));
      }),
      RUNS,
    );
  });
});
