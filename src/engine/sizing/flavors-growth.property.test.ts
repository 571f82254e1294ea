import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../design/design-schema';
import { parseDesign } from '../../design/parse-design';
import { designArbitrary } from '../../test-support/design-arbitrary';
import type { Report, Sizing } from '../report/report-types';
import { sizeDesign } from '../size-design';

const RUNS = { numRuns: 300 };

function sized(design: Design): Sizing | null {
  const result = sizeDesign(design);
  return result.ok ? result.sizing : null;
}

function withWorkload(design: Design, workload: Partial<Design['physical']['workload']>): Design {
  return {
    ...design,
    physical: { ...design.physical, workload: { ...design.physical.workload, ...workload } },
  };
}

/** Everything but the names a flavor list gives its rows. */
function comparable(report: Report) {
  return {
    compute: report.compute,
    memory: report.memory,
    network: report.network,
    storage: report.storage,
    nodes: report.nodes,
    racks: report.racks,
    growth: report.growth,
    headroom: { ...report.headroom, rows: report.headroom.rows.map((r) => ({ ...r, name: '' })) },
    warnings: report.warnings.map((w) => [w.code, w.severity]),
  };
}

const oneFlavor = fc.record({
  vcpus: fc.integer({ min: 1, max: 8 }),
  ghzPerVcpu: fc.integer({ min: 5, max: 40 }).map((n) => n / 10),
  ramGb: fc.constantFrom(0.5, 1, 2, 4, 8, 16, 32),
  ephemeralGb: fc.integer({ min: 0, max: 500 }),
  persistentGb: fc.integer({ min: 0, max: 1_000 }),
  mbps: fc.integer({ min: 10, max: 2_000 }),
});

// Property runs are many sizings each: give them room on a busy machine.
describe('flavors and growth, for every valid design', { timeout: 30_000 }, () => {
  it('a one-flavor list sizes exactly as the same single average VM', () => {
    fc.assert(
      fc.property(designArbitrary, oneFlavor, (design, f) => {
        const { cpu } = design.physical;
        // Keep the flavor within the node's threads, so both sides size or both are refused.
        const vcpus = Math.max(
          1,
          Math.min(f.vcpus, Math.floor(cpu.coresPerSocket * cpu.socketsPerServer)),
        );
        const ghzPerVm = vcpus * f.ghzPerVcpu;
        const count = design.physical.workload.vms;
        const asFlavor = withWorkload(design, {
          flavors: [{ name: 'only', ...f, vcpus, count }],
        });
        const asAverageVm = withWorkload(design, {
          flavors: [],
          ghzPerVm,
          ghzPerVmMax: ghzPerVm,
          vcpusPerVm: vcpus,
          ramGbPerVm: f.ramGb,
          ramGbPerVmMax: f.ramGb,
          mbpsPerVm: f.mbps,
          ephemeralGbPerVm: f.ephemeralGb,
          persistentGbPerVm: f.persistentGb,
        });
        expect(parseDesign(asFlavor).ok).toBe(true);
        expect(parseDesign(asAverageVm).ok).toBe(true);
        const a = sized(asFlavor);
        const b = sized(asAverageVm);
        expect(a === null).toBe(b === null);
        if (!a || !b) return;
        expect(comparable(a.report)).toEqual(comparable(b.report));
      }),
      RUNS,
    );
  });

  it('more growth never means fewer nodes needed or fewer racks, in any year', () => {
    fc.assert(
      fc.property(designArbitrary, fc.integer({ min: 1, max: 30 }), (design, extra) => {
        const more: Design = {
          ...design,
          plan: { ...design.plan, growthPerYear: design.plan.growthPerYear + extra / 100 },
        };
        const before = sized(design);
        const after = sized(more);
        if (!before || !after) return;
        const needed = (r: Report) =>
          Math.max(r.compute.nodesByCpu, r.compute.nodesByRam, r.compute.nodesByNetwork);
        expect(needed(after.report)).toBeGreaterThanOrEqual(needed(before.report));
        before.report.growth.years.forEach((year, y) => {
          const grown = after.report.growth.years[y];
          expect(grown?.vms).toBeGreaterThanOrEqual(year.vms);
          expect(grown?.racks).toBeGreaterThanOrEqual(year.racks);
          // Rack-loss nodes can fall when a rack is added: each rack then holds a smaller share.
          if (!design.racks.surviveRackLoss) {
            expect(grown?.nodes.compute).toBeGreaterThanOrEqual(year.nodes.compute);
            expect(grown?.nodes.total).toBeGreaterThanOrEqual(year.nodes.total);
          }
        });
      }),
      RUNS,
    );
  });

  it('every new figure is finite and every count whole', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const sizing = sized(design);
        if (!sizing) return;
        const { flavors, headroom, growth, racks } = sizing.report;
        const notFinite: string[] = [];
        JSON.stringify({ flavors, headroom, growth, racks }, (key, value: unknown) => {
          if (typeof value === 'number' && !Number.isFinite(value)) notFinite.push(key);
          return value;
        });
        expect(notFinite).toEqual([]);
        const counts = [
          racks.count,
          racks.switches,
          racks.portsPerSwitch,
          racks.rackLoss.extraComputeNodes,
          ...flavors.rows.map((r) => r.count),
          ...headroom.rows.flatMap((r) => [r.more, r.moreByCpu, r.moreByRam, r.moreByNetwork]),
          ...headroom.rows.flatMap((r) => (r.moreByVcpu === null ? [] : [r.moreByVcpu])),
          ...growth.years.flatMap((y) => [
            y.vms,
            y.racks,
            y.racksNeeded,
            y.computeNodesToBuy,
            y.nodes.total,
            y.needed.total,
          ]),
        ];
        for (const n of counts) {
          expect(Number.isInteger(n), String(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(0);
        }
        for (const share of Object.values(headroom.utilisation)) {
          if (share === null) continue;
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('each year owns at least what it needs, never sells, and buys the difference', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const sizing = sized(design);
        if (!sizing) return;
        let before: (typeof sizing.report.growth.years)[number] | null = null;
        for (const y of sizing.report.growth.years) {
          for (const role of ['controller', 'network', 'compute'] as const)
            expect(y.nodes[role]).toBeGreaterThanOrEqual(y.needed[role]);
          // With the rack as failure domain a year's storage need is counted over its own racks;
          // owning more racks spreads the storage thinner, so a rack loss takes fewer nodes.
          if (!design.racks.surviveRackLoss || y.racks === y.racksNeeded)
            expect(y.nodes.storage).toBeGreaterThanOrEqual(y.needed.storage);
          expect(y.racks).toBeGreaterThanOrEqual(y.racksNeeded);
          // Bought ahead, more nodes share the year's instances: compare RAM in all, not per node.
          expect(y.ramGbInstalled).toBeGreaterThanOrEqual(
            y.needed.compute * y.gbNeededPerNode * (1 - 1e-9),
          );
          if (before) {
            expect(y.nodes.compute - before.nodes.compute).toBe(y.computeNodesToBuy);
            expect(y.racks - before.racks).toBe(y.racksToAdd);
            expect(y.gbInstalledPerNode).toBeGreaterThanOrEqual(before.gbInstalledPerNode);
          } else expect(y.computeNodesToBuy).toBe(y.nodes.compute);
          before = y;
        }
      }),
      RUNS,
    );
  });

  it('growth 0, or buying for today, leaves the fixed figures as they are today', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const today: Design = {
          ...design,
          plan: { growthPerYear: 0, horizonYears: 0, buyForYear: 0 },
        };
        const a = sized({ ...design, plan: { ...design.plan, buyForYear: 0 } });
        const b = sized(today);
        if (!a || !b) return;
        const { compute, memory, network, storage, nodes } = a.report;
        expect({ compute, memory, network, storage, nodes }).toEqual({
          compute: b.report.compute,
          memory: b.report.memory,
          network: b.report.network,
          storage: b.report.storage,
          nodes: b.report.nodes,
        });
      }),
      RUNS,
    );
  });
});
