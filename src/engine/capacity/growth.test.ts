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
