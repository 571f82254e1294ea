import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StorageProfile } from '../../design/costing-schema';
import { designWith, sizingOf } from '../../test-support/design-builders';
import { FEW_LARGE_SSDS } from '../../test-support/storage-profiles';
import { pickStorageProfile } from './pick-profile';
import { ownStorageProfileOf } from './storage-profiles';

/** Three 15.36 TB SSDs in a 1U node at 300 W: fewer, larger drives than the book's 12 × 7.68 TB. */
const FEW_LARGE: StorageProfile = FEW_LARGE_SSDS;

/** Twelve 15.36 TB SSDs: twice the book's raw TB a node, at a higher price. */
const DENSE: StorageProfile = {
  ...FEW_LARGE,
  name: 'Dense',
  driveBays: 12,
  drivesPerNode: 12,
  unitsPerNode: 2,
  watts: 450,
  serverPrice: 7000,
  drivePrice: 1400,
};

function compareOf(storageProfiles: StorageProfile[]) {
  const compare = sizingOf({ costing: { storageProfiles } }).report.compare;
  if (!compare) throw new Error('a design with storage profiles is compared');
  return compare;
}

describe('storage server profiles', () => {
  it('fewer, larger drives need more storage nodes, and cost less here', () => {
    const compare = compareOf([FEW_LARGE]);
    const [own, few] = compare.rows;
    if (!own?.ok || !few?.ok) throw new Error('both size');
    expect([own.role, few.role, few.index]).toEqual(['own', 'storage', 0]);
    // Pools: volumes 150 + images 3 + swift 30 = 183 TB raw; a node holds 3 × 15.36 = 46.08 TB.
    // Capacity ⌈183 / (46.08 × 0.85)⌉ = ⌈4.67⌉ = 5; recovery ⌈183 / (46.08 × 0.9)⌉ + 1 =
    // ⌈4.41⌉ + 1 = 6; failure domains 3; the minimum asked 5: recovery binds at 6.
    expect([own.nodes.storage, few.nodes.storage]).toEqual([5, 6]);
    expect(few.storageBound).toBe('recovery');
    expect(few.nodes.compute).toBe(8);
    // A node: 5,000 + 3 × 1,500 = 9,500; × 6 = 57,000 against 5 × 14,400 = 72,000.
    // Capital: 190,540 − 72,000 + 57,000 = 175,540.
    expect(few.capital).toBe(175_540);
    // Planned power: 3 × 300 + 8 × 350 + 6 × 300 + 2 switches × 150 = 5,800 W.
    expect(few.powerKw).toBe(5.8);
    expect(compare.cheapest).toBe('Three large SSDs');
    expect(compare.cheapestRow).toBe(1);
  });

  it('a storage profile whose drives do not fit its bays says so on its own field', () => {
    const tooMany = { ...FEW_LARGE, name: 'Overfull', driveBays: 2 };
    const [, failed] = compareOf([tooMany]).rows;
    if (!failed || failed.ok) throw new Error('the overfull profile cannot carry the design');
    expect(failed.errors.map((e) => e.path)).toEqual(['costing.storageProfiles[0].drivesPerNode']);
  });

  it('Use makes it the design’s storage node and keeps the one it replaces as a profile', () => {
    const design = designWith({ costing: { storageProfiles: [FEW_LARGE] } });
    const picked = pickStorageProfile(design, 0, 'Previous storage node');
    expect(picked.physical.storageNode.drivesPerNode).toBe(3);
    expect(picked.physical.storageNode.driveTb).toBe(15.36);
    expect(picked.racks.unitsPerNode.storage).toBe(1);
    expect(picked.racks.wattsPerNode.storage).toBe(300);
    expect(picked.costing.storageServerPrice).toBe(5000);
    expect(picked.costing.storageDrivePrice).toBe(1500);
    expect(picked.physical.cpu).toEqual(design.physical.cpu);
    expect(picked.costing.storageProfiles).toEqual([
      ownStorageProfileOf(design, 'Previous storage node'),
    ]);
    // Picking back restores the design's own storage node.
    const back = pickStorageProfile(picked, 0, 'Three large SSDs');
    expect(back.physical).toEqual(design.physical);
    expect(back.racks).toEqual(design.racks);
  });

  it('with storage profiles too, the cheapest is never above another, and a higher price never costs less', () => {
    const price = fc.integer({ min: 0, max: 40_000 });
    fc.assert(
      fc.property(price, price, fc.integer({ min: 1, max: 5_000 }), (a, b, more) => {
        const few = { ...FEW_LARGE, serverPrice: a };
        const dense = { ...DENSE, drivePrice: b };
        const compare = compareOf([few, dense]);
        const sized = compare.rows.filter((r) => r.ok);
        const cheapest = compare.rows[compare.cheapestRow];
        if (!cheapest?.ok) throw new Error('the cheapest is a sized row');
        for (const row of sized) if (row.ok) expect(cheapest.total).toBeLessThanOrEqual(row.total);

        const dearer = compareOf([{ ...few, drivePrice: few.drivePrice + more }, dense]);
        const [before, after] = [compare.rows[1], dearer.rows[1]];
        if (!before?.ok || !after?.ok) throw new Error('the profile sizes');
        expect(after.total).toBeGreaterThan(before.total);
      }),
      { numRuns: 30 },
    );
  });
});
