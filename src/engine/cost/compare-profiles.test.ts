import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../design/costing-schema';
import { DEFAULT_DESIGN } from '../../design/default-design';
import { designWith, sizingOf } from '../../test-support/design-builders';
import { sizeDesign } from '../size-design';
import { OWN_PROFILE } from './compare-profiles';
import { pickProfile } from './pick-profile';

/** The book's compute node, as a profile, to vary one thing at a time. */
const BOOK_NODE: Profile = {
  name: 'Book node',
  socketsPerServer: 2,
  coresPerSocket: 10,
  ghzPerCore: 2.6,
  dimmSlotsPerServer: 24,
  stickSizesGb: [2, 4, 8, 16],
  drivesPerNode: 8,
  driveGb: 960,
  nicGbps: 10,
  dataLinksPerNode: 1,
  unitsPerNode: 2,
  wattsLoaded: 350,
  prices: DEFAULT_DESIGN.costing.compute,
};

/** Fewer cores at a much lower price: more nodes, less money. */
const BUDGET: Profile = {
  ...BOOK_NODE,
  name: 'Budget 16-core',
  coresPerSocket: 8,
  wattsLoaded: 300,
  prices: { ...BOOK_NODE.prices, serverPrice: 3000, wattsIdle: 120 },
};

/** Many cores but 8 slots of 16 GB: RAM runs out before the processors do. */
const FEW_SLOTS: Profile = {
  ...BOOK_NODE,
  name: 'Few slots',
  coresPerSocket: 16,
  dimmSlotsPerServer: 8,
  stickSizesGb: [16],
  prices: { ...BOOK_NODE.prices, serverPrice: 8000 },
};

function compareOf(profiles: Profile[]) {
  const compare = sizingOf({ costing: { profiles } }).report.compare;
  if (!compare) throw new Error('a design with profiles is compared');
  return compare;
}

describe('comparing server profiles', () => {
  it('the cheaper profile can need more nodes: 10 budget nodes cost less than 8 of the book', () => {
    const compare = compareOf([BUDGET]);
    const [own, budget] = compare.rows;
    if (!own?.ok || !budget?.ok) throw new Error('both profiles size');
    // 153.846 cores / 16 a node = 9.6 → 10 nodes, against 153.846 / 20 = 7.7 → 8.
    expect([own.nodes.compute, budget.nodes.compute]).toEqual([8, 10]);
    // Budget node: 3,000 + 16 × 80 + 8 × 250 + 2 × 300 = 6,880; × 10 = 68,800 against 79,040.
    // Capital: 21,000 controllers + 72,000 storage + 18,500 rack + 68,800 = 180,300.
    expect([own.capital, budget.capital]).toEqual([190_540, 180_300]);
    expect(compare.cheapest).toBe('Budget 16-core');
    expect(budget.overCheapest).toBe(0);
    expect(own.overCheapest).toBeCloseTo(own.total / budget.total - 1, 9);
    expect(own.name).toBe(OWN_PROFILE);
  });

  it('a profile bound by RAM beside one bound by CPU', () => {
    const [own, fewSlots] = compareOf([FEW_SLOTS]).rows;
    if (!own?.ok || !fewSlots?.ok) throw new Error('both profiles size');
    expect(own.bound).toBe('cpu');
    // 8 slots × 16 GB = 128 GB a node; at the book's 8 GB maximum per VM that is 16 VMs, so
    // 200 / 16 = 12.5 → 13 nodes, where 32 cores would have needed 153.846 / 32 = 4.8 → 5.
    expect(fewSlots.bound).toBe('ram');
    expect(fewSlots.nodes.compute).toBe(13);
  });

  it('a profile that cannot carry the design says why, and the others are still compared', () => {
    const tiny: Profile = { ...BOOK_NODE, name: 'Tiny', dimmSlotsPerServer: 1, stickSizesGb: [2] };
    const compare = compareOf([tiny, BUDGET]);
    expect(compare.rows.map((r) => r.ok)).toEqual([true, false, true]);
    const failed = compare.rows[1];
    if (!failed || failed.ok) throw new Error('the tiny profile cannot carry the design');
    // One slot cannot hold a set of 4 channels × 2 sockets = 8 sticks: said on the profile's own
    // DIMM slots, so the screen can name the profile's input rather than the Memory step's.
    expect(failed.errors.map((e) => e.path)).toContain('costing.profiles[0].dimmSlotsPerServer');
    expect(compare.cheapest).toBe('Budget 16-core');
    expect(compare.cheapestRow).toBe(2);
  });

  it('the cheapest profile never costs more than any other, and a higher price never costs less', () => {
    const price = fc.integer({ min: 0, max: 50_000 });
    fc.assert(
      fc.property(price, price, fc.integer({ min: 1, max: 5_000 }), (a, b, more) => {
        const budget = { ...BUDGET, prices: { ...BUDGET.prices, serverPrice: a } };
        const fewSlots = { ...FEW_SLOTS, prices: { ...FEW_SLOTS.prices, serverPrice: b } };
        const profiles = [budget, fewSlots];
        const compare = compareOf(profiles);
        const sized = compare.rows.filter((r) => r.ok);
        const cheapest = sized.find((r) => r.name === compare.cheapest);
        if (!cheapest?.ok) throw new Error('the cheapest is a sized profile');
        for (const row of sized) if (row.ok) expect(cheapest.total).toBeLessThanOrEqual(row.total);

        const dearer = compareOf([
          { ...budget, prices: { ...budget.prices, serverPrice: a + more } },
          fewSlots,
        ]);
        const [before, after] = [compare.rows[1], dearer.rows[1]];
        if (!before?.ok || !after?.ok) throw new Error('the budget profile sizes');
        expect(after.total).toBeGreaterThan(before.total);
      }),
      { numRuns: 40 },
    );
  });

  it('each price raised never lowers the total cost of the design', () => {
    const keys = [
      'controllerPrice',
      'networkNodePrice',
      'storageServerPrice',
      'storageDrivePrice',
      'rackPrice',
      'pduPairPrice',
      'switchPairPrice',
      'kwhPrice',
      'supportShare',
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        (key, more) => {
          const before = sizeDesign(designWith({ logical: { networkNodes: 2 } }));
          const raised = designWith({
            logical: { networkNodes: 2 },
            costing: {
              [key]: Math.min(
                key === 'supportShare' ? 1 : Infinity,
                DEFAULT_DESIGN.costing[key] * (1 + more) + more,
              ),
            },
          });
          const after = sizeDesign(raised);
          if (!before.ok || !after.ok) throw new Error('the book design sizes');
          expect(after.sizing.report.cost.total).toBeGreaterThanOrEqual(
            before.sizing.report.cost.total,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('picking a profile', () => {
  it('makes it the design’s hardware and keeps the hardware it replaces as a profile', () => {
    const design = designWith({ costing: { profiles: [BUDGET] } });
    const picked = pickProfile(design, 0, 'Previous hardware');
    expect(picked.physical.cpu.coresPerSocket).toBe(8);
    expect(picked.costing.compute.serverPrice).toBe(3000);
    expect(picked.racks.wattsPerNode.compute).toBe(300);
    expect(picked.name).toBe(design.name);
    expect(picked.costing.profiles.map((p) => [p.name, p.coresPerSocket])).toEqual([
      ['Previous hardware', 10],
    ]);
    // Picking back restores the design's own hardware.
    const back = pickProfile(picked, 0, 'Budget 16-core');
    expect(back.physical).toEqual(design.physical);
    expect(back.costing.compute).toEqual(design.costing.compute);
  });
});
