import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STARTING_TDP, type Profile } from '../../design/costing-schema';
import { DEFAULT_DESIGN } from '../../design/default-design';
import { sizingOf } from '../../test-support/design-builders';
import { tdpLoadedWatts } from './power-estimate';

const TDP = { cpuW: 125, stickW: 3, driveW: 6, baseW: 60, idleShare: 0.3 };

describe('a compute node’s watts estimated from its parts (TDP)', () => {
  it('loaded W = sockets × CPU TDP + sticks × W per stick + drives × W per drive + base W', () => {
    // 2 × 125 + 16 × 3 + 8 × 6 + 60 = 250 + 48 + 48 + 60 = 406 W.
    expect(tdpLoadedWatts(TDP, { sockets: 2, sticks: 16, drives: 8 })).toBe(406);
    expect(STARTING_TDP).toEqual(TDP);
  });

  it('prices the book’s design’s power from the estimate, with its working', () => {
    const { cost } = sizingOf({
      costing: { compute: { ...DEFAULT_DESIGN.costing.compute, tdp: TDP } },
    }).report;
    // Loaded 406 W, idle 0.3 × 406 = 121.8 W; CPU in use 400 / 416 = 0.961538.
    // Average: 121.8 + 0.961538 × (406 − 121.8) = 121.8 + 273.2692 = 395.0692 W.
    expect(cost.computeWatts.loaded).toBe(406);
    expect(cost.computeWatts.idle).toBeCloseTo(121.8, 9);
    expect(cost.computeWatts.average).toBeCloseTo(395.0692, 4);
    // Planned 6,000 W, less 8 nodes × (350 − 395.0692) W = 6,000 + 360.554 W = 6.360554 kW.
    expect(cost.years[0]?.averageKw).toBeCloseTo(6.360554, 6);
    // 6.360554 kW × 8,760 h × 1.5 × 0.15 = 6.360554 × 1,971 = 12,536.65 a year, 37,609.95 in 3.
    expect(cost.years[0]?.power).toBeCloseTo(12_536.65, 2);
    expect(cost.power).toBeCloseTo(37_609.95, 2);
    // Total: 190,540 capital + 57,162 support + 37,609.95 power.
    expect(cost.total).toBeCloseTo(285_311.95, 2);
    const w = cost.working.averageWatts;
    expect(w.formula).toContain('sockets × CPU TDP + sticks × W per stick');
    expect(w.inputs.map((i) => [i.name, i.value])).toEqual([
      ['idle share', 0.3],
      ['CPU in use', 0.961538462],
      ['sockets', 2],
      ['CPU TDP', 125],
      ['sticks', 16],
      ['W per stick', 3],
      ['drives', 8],
      ['W per drive', 6],
      ['base W', 60],
    ]);
  });

  it('stated watts give the same figures as before the estimate existed', () => {
    const { cost } = sizingOf().report;
    // 150 + 0.961538 × (350 − 150) = 342.3077 W, the figure the power cost was checked against.
    expect(cost.computeWatts).toEqual({
      loaded: 350,
      idle: 150,
      average: cost.computeWatts.average,
    });
    expect(cost.computeWatts.average).toBeCloseTo(342.3077, 4);
    expect(cost.power).toBeCloseTo(35_114.12, 2);
  });

  it('a compute profile with a TDP estimate is priced on it in the comparison', () => {
    const profile: Profile = {
      name: 'Book node, estimated',
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
      prices: { ...DEFAULT_DESIGN.costing.compute, tdp: TDP },
    };
    const compare = sizingOf({ costing: { profiles: [profile] } }).report.compare;
    const row = compare?.rows[1];
    if (!row?.ok) throw new Error('the profile sizes');
    // The same node as the design's own, its power estimated: 285,311.95 as worked out above.
    expect(row.total).toBeCloseTo(285_311.95, 2);
    expect(row.capital).toBe(190_540);
    // Its own estimate, with its numbers, beside the row: 395.0692 W as above.
    expect(row.computeWatts).toBeCloseTo(395.0692, 4);
    expect(row.wattsWorking.inputs.find((i) => i.name === 'CPU TDP')?.value).toBe(125);
  });

  it('raising any coefficient of the estimate never lowers the power cost', () => {
    const keys = ['cpuW', 'stickW', 'driveW', 'baseW', 'idleShare'] as const;
    const costOf = (tdp: typeof TDP) =>
      sizingOf({ costing: { compute: { ...DEFAULT_DESIGN.costing.compute, tdp } } }).report.cost;
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0.001, max: 0.1, noNaN: true }),
        (key, start, more) => {
          const low = { ...TDP, [key]: key === 'idleShare' ? start : start * 200 };
          const high = { ...low, [key]: key === 'idleShare' ? start + more : (start + more) * 200 };
          expect(costOf(high).power).toBeGreaterThanOrEqual(costOf(low).power);
        },
      ),
      { numRuns: 40 },
    );
  });
});
