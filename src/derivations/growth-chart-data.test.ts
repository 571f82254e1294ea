import { describe, expect, it } from 'vitest';
import { sizingOf } from '../test-support/design-builders';
import { growthChartData } from './growth-chart-data';

describe('growth chart data', () => {
  it('draws one year when nothing grows (the book example: 0 % over 3 years)', () => {
    const data = growthChartData(sizingOf().report.growth);
    expect(data.singleYear).toBe('no-growth');
    expect(data.years.map((y) => [y.year, y.vms, y.ram, y.sizedFor])).toEqual([[0, 200, 2, true]]);
    // 8 compute nodes × 256 GB = 2,048 GB = 2 TB of 1,024 GB.
    expect(data.ramUnit).toBe('TB');
    expect(data.roles).toEqual(['controller', 'compute', 'storage']);
  });

  it('draws one year with no horizon, whatever the growth', () => {
    const data = growthChartData(
      sizingOf({ plan: { growthPerYear: 0.1, horizonYears: 0 } }).report.growth,
    );
    expect(data.singleYear).toBe('no-horizon');
    expect(data.years).toHaveLength(1);
  });

  it('draws every year of 10 % a year over 3 years: 200 → 220 → 242 → 267 VMs', () => {
    const data = growthChartData(
      sizingOf({ plan: { growthPerYear: 0.1, horizonYears: 3, buyForYear: 1 } }).report.growth,
    );
    expect(data.singleYear).toBeNull();
    // ⌈200 × 1.1³⌉ = ⌈266.2⌉ = 267; compute nodes needed 8 → 9 → 10 → 11 at 256 GB each.
    // Bought for year 1, year 0 already owns 9 nodes (9 × 256 GB = 2.25 TB), not its need of 8.
    expect(
      data.years.map((y) => [y.year, y.vms, y.needed.compute, y.nodes.compute, y.ram, y.sizedFor]),
    ).toEqual([
      [0, 200, 8, 9, 2.25, false],
      [1, 220, 9, 9, 2.25, true],
      [2, 242, 10, 10, 2.5, false],
      [3, 267, 11, 11, 2.75, false],
    ]);
  });

  it('keeps GB below one TB', () => {
    const data = growthChartData(sizingOf({ physical: { workload: { vms: 20 } } }).report.growth);
    expect(data.ramUnit).toBe('GB');
    expect(data.years[0]?.ram).toBe(data.years[0]?.ramGbInstalled);
  });
});
