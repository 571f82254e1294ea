import { describe, expect, it } from 'vitest';
import { sizingOf } from '../../test-support/design-builders';

describe('growth', () => {
  const plan = { growthPerYear: 0.1, horizonYears: 3 };

  it('sizes every year: 10 % a year for 3 years on 200 VMs is 267 VMs', () => {
    const { report } = sizingOf({ plan });
    // 200 × 1.1 = 220; × 1.21 = 242; × 1.331 = 266.2 → 267.
    // Cores: 440 / 2.6 → 170 → 17 sockets → 9 nodes; 484 / 2.6 → 187 → 19 → 10; 534 / 2.6 → 206 → 21 → 11.
    // RAM: ⌈220/9⌉, ⌈242/10⌉, ⌈267/11⌉ are all 25 VMs × 8 GB = 200 GB → 256 GB a node.
    expect(
      report.growth.years.map((y) => [y.year, y.vms, y.nodes.compute, y.ramGbInstalled]),
    ).toEqual([
      [0, 200, 8, 2048],
      [1, 220, 9, 2304],
      [2, 242, 10, 2560],
      [3, 267, 11, 2816],
    ]);
    expect(report.growth.purchaseYears).toEqual([1, 2, 3]);
    expect(report.growth.years.map((y) => y.computeNodesToBuy)).toEqual([8, 1, 1, 1]);
    // Bought for today, the report is today's: the book example unchanged.
    expect(report.compute.nodes).toBe(8);
    expect(report.warnings.map((w) => w.code)).toContain('growth-purchase-due');
  });

  it('buying for year 3 sizes the report for 267 VMs and leaves nothing to buy later', () => {
    const { report, working } = sizingOf({ plan: { ...plan, buyForYear: 3 } });
    expect(report.compute).toMatchObject({ cores: 206, sockets: 21, nodes: 11, vmsPerNode: 25 });
    expect(report.network.floatingIps).toBe(287); // 20 routers + 267 VMs
    expect(report.growth.purchaseYears).toEqual([]);
    expect(report.growth.years[0]).toMatchObject({ purchaseDue: true, computeNodesToBuy: 11 });
    expect(working['growth.vms']).toMatchObject({ result: 267 });
    expect(report.warnings.map((w) => w.code)).not.toContain('growth-purchase-due');
  });

  it('bought ahead, each year shows what is owned apart from what it needs', () => {
    // Year 3's 11 compute nodes (and 256 GB each) are bought in year 0; years 0–2 need 8, 9, 10.
    // Owned RAM is 11 × 256 = 2,816 GB every year. Power is what is owned: 3 × 300 + 11 × 350
    // + 5 × 400 + 2 switches × 150 = 7,050 W = 7.05 kW every year, not the year's need.
    const { report } = sizingOf({ plan: { ...plan, buyForYear: 3 } });
    expect(
      report.growth.years.map((y) => [
        y.year,
        y.needed.compute,
        y.nodes.compute,
        y.ramGbInstalled,
        y.powerKw,
        y.computeNodesToBuy,
      ]),
    ).toEqual([
      [0, 8, 11, 2816, 7.05, 11],
      [1, 9, 11, 2816, 7.05, 0],
      [2, 10, 11, 2816, 7.05, 0],
      [3, 11, 11, 2816, 7.05, 0],
    ]);
    expect(report.growth.years[0]?.nodes.total).toBe(19); // 3 + 0 + 11 + 5
    expect(report.growth.years[0]?.needed.total).toBe(16); // 3 + 0 + 8 + 5
  });

  it('writes out every flavor of the growth working', () => {
    const base = { vcpus: 1, ghzPerVcpu: 2, ramGb: 2, ephemeralGb: 0, persistentGb: 0, mbps: 100 };
    const { working } = sizingOf({
      physical: {
        workload: {
          flavors: [
            { ...base, name: 'a', count: 100 },
            { ...base, name: 'b', count: 3 },
          ],
        },
      },
      plan: { growthPerYear: 0.1, horizonYears: 1, buyForYear: 1 },
    });
    // ⌈100 × 1.1⌉ + ⌈3 × 1.1⌉ = 110 + 4 = 114.
    expect(working['growth.vms']).toMatchObject({
      formula:
        '⌈count(a) × (1 + growthPerYear)^buyForYear⌉ + ⌈count(b) × (1 + growthPerYear)^buyForYear⌉',
      inputs: [
        { name: 'count(a)', value: 100 },
        { name: 'count(b)', value: 3 },
        { name: 'growthPerYear', value: 0.1 },
        { name: 'buyForYear', value: 1 },
      ],
      result: 114,
    });
  });

  it('growth 0 gives today’s design in every year', () => {
    const { report } = sizingOf({ plan: { growthPerYear: 0, horizonYears: 5 } });
    expect(report.growth.years).toHaveLength(6);
    for (const year of report.growth.years) {
      expect(year.vms).toBe(200);
      expect(year.nodes).toEqual(report.nodes);
    }
    expect(report.growth.purchaseYears).toEqual([]);
  });

  it('grows each flavor on its own, rounding up', () => {
    const base = {
      vcpus: 1,
      ghzPerVcpu: 2,
      ramGb: 2,
      ephemeralGb: 0,
      persistentGb: 0,
      mbps: 100,
    };
    const { report } = sizingOf({
      physical: {
        workload: {
          flavors: [
            { ...base, name: 'a', count: 100 },
            { ...base, name: 'b', count: 3 },
          ],
        },
      },
      plan: { growthPerYear: 0.1, horizonYears: 1, buyForYear: 1 },
    });
    // 100 × 1.1 = 110; 3 × 1.1 = 3.3 → 4.
    expect(report.flavors.rows.map((r) => r.count)).toEqual([110, 4]);
    expect(report.growth.years.map((y) => y.vms)).toEqual([103, 114]);
  });
});
