import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  startingStorageTdp,
  type StorageProfile,
  type StorageTdpEstimate,
} from '../../design/costing-schema';
import { designWith, sizingOf } from '../../test-support/design-builders';
import { FEW_LARGE_SSDS } from '../../test-support/storage-profiles';
import { pickStorageProfile } from './pick-profile';
import { storageTdpWatts } from './storage-power';

const TDP: StorageTdpEstimate = { cpuW: 150, driveW: 6, baseW: 130 };

/** Three 15.36 TB SSDs in a 1U node stated at 300 W, its power estimated at 243 W. */
const FEW_LARGE: StorageProfile = {
  ...FEW_LARGE_SSDS,
  tdp: { cpuW: 125, driveW: 6, baseW: 100 },
};

/** The same profile at its stated watts. */
const stated: StorageProfile = { ...FEW_LARGE };
delete stated.tdp;

describe('a storage node’s watts estimated from its parts (TDP)', () => {
  it('loaded W = CPU TDP + data drives × W per drive + base W', () => {
    // 150 + 12 × 6 + 130 = 150 + 72 + 130 = 352 W.
    expect(storageTdpWatts(TDP, 12)).toBe(352);
    // Starting figures: a 150 W single-socket processor, 120 W base, W per drive by kind.
    expect(startingStorageTdp('hdd')).toEqual({ cpuW: 150, driveW: 8, baseW: 120 });
    expect(startingStorageTdp('ssd').driveW).toBe(6);
    expect(startingStorageTdp('nvme').driveW).toBe(12);
  });

  it('prices the book’s 5 storage nodes on the estimate, all the time, with its working', () => {
    const { report } = sizingOf({ costing: { storageTdp: TDP } });
    const { cost } = report;
    expect(cost.storageWatts).toBe(352);
    // Planned: 3 × 300 + 8 × 350 + 5 × 400 + 2 switches × 150 = 6,000 W, of which compute
    // nodes average 342.3077 W (8 × 7.6923 W below their 350 W) and storage nodes draw
    // 352 W all the time (5 × 48 W = 240 W below their stated 400 W):
    // 6,000 − 61.5385 − 240 = 5,698.4615 W = 5.698462 kW.
    expect(cost.years[0]?.averageKw).toBeCloseTo(5.698462, 6);
    // 5.698462 kW × 8,760 h × 1.5 PUE × 0.15 a kWh = 5.698462 × 1,971 = 11,231.67 a year;
    // 33,695.00 over 3 years (35,114.12 stated, less 0.24 kW × 1,971 × 3 = 1,419.12).
    expect(cost.years[0]?.power).toBeCloseTo(11_231.67, 2);
    expect(cost.power).toBeCloseTo(33_695.0, 2);
    // Capital and support do not move: 190,540 + 57,162 + 33,695.00 = 281,397.00.
    expect(cost.capital).toBe(190_540);
    expect(cost.support).toBe(57_162);
    expect(cost.total).toBeCloseTo(281_397.0, 2);
    // The racks are still planned on the stated 400 W, like the compute node's loaded watts.
    expect(report.racks.powerKw).toBe(6);
    expect(report.nodes.storage).toBe(5);
    const w = cost.working.storageWatts;
    expect(w.formula).toBe('CPU TDP + data drives × W per drive + base W');
    expect(w.inputs.map((i) => [i.name, i.value])).toEqual([
      ['CPU TDP', 150],
      ['data drives', 12],
      ['W per drive', 6],
      ['base W', 130],
    ]);
    expect(w.result).toBe(352);
    expect(w.bookNote).toContain('all the time');
    expect(cost.working.power.bookNote).toContain('352 W, drawn all the time');
  });

  it('without an estimate the stated watts price exactly as before', () => {
    const { cost } = sizingOf().report;
    expect(cost.storageWatts).toBe(400);
    expect(cost.working.storageWatts.inputs).toEqual([{ name: 'stated W', value: 400 }]);
    expect(cost.capital).toBe(190_540);
    expect(cost.power).toBeCloseTo(35_114.12, 2);
    expect(cost.support).toBe(57_162);
    expect(cost.total).toBeCloseTo(282_816.12, 2);
    expect(cost.working.power.bookNote).not.toContain('storage node');
  });

  it('each compared storage row is priced on its own estimate, and shows it', () => {
    // The design's own node is estimated too; the profile must not borrow it.
    const compare = sizingOf({ costing: { storageTdp: TDP, storageProfiles: [FEW_LARGE] } }).report
      .compare;
    const [own, few] = compare?.rows ?? [];
    if (!own?.ok || !few?.ok) throw new Error('both size');
    expect(own.storageWatts).toBe(352);
    // 125 + 3 × 6 + 100 = 243 W a node, 6 storage nodes (recovery binds, as when stated).
    expect(few.storageWatts).toBe(243);
    expect(few.nodes.storage).toBe(6);
    expect(few.storageWattsWorking.inputs.find((i) => i.name === 'data drives')?.value).toBe(3);
    // Planned 3 × 300 + 8 × 350 + 6 × 300 + 300 = 5,800 W; less 61.5385 W of compute and
    // 6 × (300 − 243) = 342 W of storage: 5.396462 kW × 1,971 × 3 = 31,909.28 power.
    // Capital 175,540 (5 nodes of 14,400 become 6 of 9,500); support 3 × 17,554 = 52,662.
    // Total: 175,540 + 31,909.28 + 52,662 = 260,111.28.
    expect(few.capital).toBe(175_540);
    expect(few.total).toBeCloseTo(260_111.28, 2);
    // Without its estimate the same profile draws its stated 300 W.
    const plain = sizingOf({ costing: { storageTdp: TDP, storageProfiles: [stated] } }).report
      .compare?.rows[1];
    if (!plain?.ok) throw new Error('the stated profile sizes');
    expect(plain.storageWatts).toBe(300);
  });

  it('Use carries the profile’s estimate over, and the replaced node keeps its own', () => {
    const design = designWith({ costing: { storageTdp: TDP, storageProfiles: [FEW_LARGE] } });
    const picked = pickStorageProfile(design, 0, 'Previous storage node');
    expect(picked.costing.storageTdp).toEqual(FEW_LARGE.tdp);
    expect(picked.costing.storageProfiles[0]?.tdp).toEqual(TDP);
    const back = pickStorageProfile(picked, 0, 'Three large SSDs');
    expect(back.costing.storageTdp).toEqual(TDP);
    expect(back.costing.storageProfiles[0]).toEqual(FEW_LARGE);
    // A node without an estimate replaces one with it: none is left behind.
    const plain = pickStorageProfile(
      designWith({ costing: { storageTdp: TDP, storageProfiles: [stated] } }),
      0,
      'Previous storage node',
    );
    expect(plain.costing).not.toHaveProperty('storageTdp');
    expect(plain.costing.storageProfiles[0]?.tdp).toEqual(TDP);
  });

  it('raising any coefficient of the storage estimate never lowers the power cost', () => {
    const keys = ['cpuW', 'driveW', 'baseW'] as const;
    const powerOf = (storageTdp: StorageTdpEstimate) =>
      sizingOf({ costing: { storageTdp } }).report.cost.power;
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.record({
          cpuW: fc.double({ min: 0, max: 500, noNaN: true }),
          driveW: fc.double({ min: 0, max: 30, noNaN: true }),
          baseW: fc.double({ min: 0, max: 400, noNaN: true }),
        }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        (key, low, more) => {
          const high = { ...low, [key]: low[key] + more };
          expect(powerOf(high)).toBeGreaterThanOrEqual(powerOf(low));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('with storage estimates, the cheapest row is never above another', () => {
    const watts = fc.double({ min: 0, max: 300, noNaN: true });
    fc.assert(
      fc.property(watts, watts, watts, (cpuW, baseW, ownBase) => {
        const compare = sizingOf({
          costing: {
            storageTdp: { ...TDP, baseW: ownBase },
            storageProfiles: [
              { ...FEW_LARGE, tdp: { cpuW, driveW: 6, baseW } },
              { ...FEW_LARGE, name: 'Stated', driveBays: 12, drivesPerNode: 12 },
            ],
          },
        }).report.compare;
        if (!compare) throw new Error('compared');
        const cheapest = compare.rows[compare.cheapestRow];
        if (!cheapest?.ok) throw new Error('the cheapest is a sized row');
        for (const row of compare.rows)
          if (row.ok) expect(cheapest.total).toBeLessThanOrEqual(row.total);
      }),
      { numRuns: 30 },
    );
  });
});
