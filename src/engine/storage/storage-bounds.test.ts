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
    expect(rackRecovery(10, (n) => ({ racks: 3, inFullestRack: Math.ceil(n / 3) }))).toEqual({
      nodes: 15,
      racks: 3,
    });
  });

  it('racks added for the nodes lower what a rack takes', () => {
    // Up to 12 nodes fit 3 racks, 13 or more need 4: 13 − ⌈13 / 4⌉ = 9, 14 − ⌈14 / 4⌉ = 10.
    const spreadWith = (n: number) => {
      const racks = n <= 12 ? 3 : 4;
      return { racks, inFullestRack: Math.ceil(n / racks) };
    };
    expect(rackRecovery(10, spreadWith)).toEqual({ nodes: 14, racks: 4 });
  });

  it('storage packed into fewer racks than there are loses more with a rack', () => {
    // 6 racks, but the storage nodes share 2 of them: n − ⌈n / 2⌉ ≥ 10 first at n = 20.
    const spreadWith = (n: number) => ({ racks: 6, inFullestRack: Math.ceil(n / 2) });
    expect(rackRecovery(10, spreadWith)).toEqual({ nodes: 20, racks: 6 });
  });

  it('many racks: one node lost at a time, as for hosts', () => {
    // 20 racks: 11 − ⌈11 / 20⌉ = 10.
    expect(rackRecovery(10, (n) => ({ racks: 20, inFullestRack: Math.ceil(n / 20) }))).toEqual({
      nodes: 11,
      racks: 20,
    });
  });
});
