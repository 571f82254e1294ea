import { describe, expect, it } from 'vitest';
import { sizingOf } from '../../test-support/design-builders';
import { HOURS_PER_YEAR } from './lifetime-cost';

describe('the cost of the cloud over its life', () => {
  it("prices the book's design at the example prices", () => {
    const { cost } = sizingOf().report;
    // Compute node: 6,000 server + 16 sticks × (16 GB × 5) + 8 drives × 250 + 2 NICs × 300 = 9,880.
    // Storage node: 6,000 + 12 drives × 700 = 14,400. Rack: 1,500 + 1,000 PDUs + 16,000 switches.
    expect(cost.unitPrices).toEqual({
      compute: 9_880,
      storage: 14_400,
      controller: 7_000,
      network: 6_000,
      rack: 18_500,
      stick: 80,
    });
    // 3 × 7,000 + 8 × 9,880 + 5 × 14,400 + 1 × 18,500 = 21,000 + 79,040 + 72,000 + 18,500.
    expect(cost.capital).toBe(190_540);
    // Support: 10 % of 190,540 each of the 3 years of the horizon.
    expect(cost.support).toBe(57_162);
    expect(cost.lifeYears).toBe(3);
    // 200 instances × 12 months × 3 years.
    expect(cost.instanceMonths).toBe(7_200);
    expect(cost.perInstanceMonth).toBeCloseTo(cost.total / 7_200, 9);
  });

  it('power: average watts × 8,760 h × PUE × price of a kWh, compute nodes between idle and loaded', () => {
    const { cost } = sizingOf().report;
    // CPU in use: 200 VMs × 2 GHz / (8 nodes × 20 cores × 2.6 GHz) = 400 / 416 = 0.961538.
    // A compute node: 150 W idle + 0.961538 × (350 − 150) W = 342.3077 W, not the 350 W planned.
    // Owned: 3 × 300 + 8 × 350 + 5 × 400 + 2 switches × 150 = 6,000 W; less 8 × 7.6923 W = 5.938462 kW.
    expect(cost.years[0]?.averageKw).toBeCloseTo(5.938462, 6);
    // 5.938462 kW × 8,760 h × 1.5 × 0.15 = 11,704.71 a year; 35,114.12 over 3 years.
    expect(HOURS_PER_YEAR).toBe(8_760);
    expect(cost.years[0]?.power).toBeCloseTo(11_704.71, 2);
    expect(cost.power).toBeCloseTo(35_114.12, 2);
  });

  it('a purchase in year 2 of 3: capital by year, and support on what is owned each year', () => {
    // 180 VMs need 180 × 2 / 2.6 / 20 = 6.92 → 7 compute nodes, room for 7 × 52 / 2 = 182 VMs.
    // At 1 % a year: 182 VMs in year 1 still fit; 184 in year 2 need an 8th node.
    const { cost } = sizingOf({
      physical: { workload: { vms: 180 } },
      plan: { growthPerYear: 0.01, horizonYears: 3 },
    }).report;
    // Year 0: 3 × 7,000 + 7 × 9,880 + 5 × 14,400 + 18,500 = 180,660; year 2: one node, 9,880.
    expect(cost.years.map((y) => y.capital)).toEqual([180_660, 0, 9_880]);
    // Support 10 %: 18,066, 18,066, then 10 % of 190,540 = 19,054.
    expect(cost.years.map((y) => y.support)).toEqual([18_066, 18_066, 19_054]);
    expect(cost.capital).toBe(190_540);
    // Instances 180 + 182 + 184 = 546 a month, × 12 = 6,552 instance-months.
    expect(cost.instanceMonths).toBe(6_552);
    // The working names each year's figure, so the sum can be checked by hand.
    expect(cost.working.capital.inputs.map((i) => i.value)).toEqual([180_660, 0, 9_880]);
    expect(cost.working.support.inputs.map((i) => i.value)).toEqual([
      0.1, 180_660, 180_660, 190_540,
    ]);
    expect(cost.years.map((y) => y.year)).toEqual([0, 1, 2]);
  });

  it('an architect’s stick price replaces the price per GB for that size', () => {
    const { cost } = sizingOf({
      costing: {
        compute: {
          serverPrice: 6000,
          ramPricePerGb: 5,
          stickPrices: [{ gb: 16, price: 60 }],
          drivePrice: 250,
          nicPrice: 300,
          wattsIdle: 150,
        },
      },
    }).report;
    // 16 sticks × 60 instead of × 80: a compute node 9,880 − 320 = 9,560.
    expect(cost.unitPrices.compute).toBe(9_560);
  });
});
