import { describe, expect, it } from 'vitest';
import { nodeBounds, rackRecovery } from './storage-bounds';
import type { PoolPlan } from './pools';

const pool = (rawTb: number, size: number): PoolPlan => ({
  name: 'volumes',
  kind: 'volumes',
  dataTb: rawTb / size,
  size,
  erasure: null,
  overhead: size,
  rawTb,
  onCeph: true,
});

describe('storage node bounds', () => {
  it('capacity under nearfull, recovery under backfillfull after losing a host', () => {
    // 300 TB raw on 10 × 10 TB nodes: ⌈300 / (100 × 0.85)⌉ = ⌈3.53⌉ = 4;
    // ⌈300 / (100 × 0.9)⌉ = ⌈3.33⌉ = 4 under backfillfull, + 1 lost = 5.
    const b = nodeBounds([pool(300, 3)], 100, { nearfullRatio: 0.85, backfillfullRatio: 0.9 });
    expect(b).toMatchObject({ byCapacity: 4, byRecovery: 5, byFailureDomains: 3 });
    expect(b.underBackfillfull).toBe(4);
  });

  it('losing a rack of three: 10 under backfillfull need 15', () => {
    // n − ⌈n / 3⌉ ≥ 10: 14 − 5 = 9, 15 − 5 = 10.
    expect(rackRecovery(10, () => 3)).toEqual({ nodes: 15, racks: 3 });
  });

  it('racks added for the nodes lower what a rack takes', () => {
    // Up to 12 nodes fit 3 racks, 13 or more need 4: 13 − ⌈13 / 4⌉ = 9, 14 − ⌈14 / 4⌉ = 10.
    const racksWith = (n: number) => (n <= 12 ? 3 : 4);
    expect(rackRecovery(10, racksWith)).toEqual({ nodes: 14, racks: 4 });
  });

  it('many racks: one node lost at a time, as for hosts', () => {
    // 20 racks: 11 − ⌈11 / 20⌉ = 10.
    expect(rackRecovery(10, () => 20)).toEqual({ nodes: 11, racks: 20 });
  });
});
