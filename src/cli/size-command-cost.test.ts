import { describe, expect, it } from 'vitest';
import { runSizeCommand } from './size-command';
import { FEW_LARGE_SSDS } from '../test-support/storage-profiles';

function sizeJson(document: unknown): Record<string, unknown> {
  const out = runSizeCommand(['design.json'], {
    readFile: () => JSON.stringify(document),
    readStdin: () => '',
  });
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as Record<string, unknown>;
}

describe('the cost and the profiles on the command line', () => {
  it('are left out for a design that sets no price and no other profile', () => {
    const report = sizeJson({ physical: { workload: { vms: 375 } } });
    expect(report).not.toHaveProperty('cost');
    expect(report).not.toHaveProperty('compare');
  });

  it('are printed once any price is the architect’s own', () => {
    const report = sizeJson({ costing: { currency: 'EUR', kwhPrice: 0.3 } });
    expect(report).toHaveProperty('cost.currency', 'EUR');
    // No other profile: nothing to compare.
    expect(report).toHaveProperty('compare', null);
  });

  it('compare the storage profiles too, and a profile that cannot carry the design keeps its field paths', () => {
    const storage = FEW_LARGE_SSDS;
    const report = sizeJson({
      costing: { storageProfiles: [storage, { ...storage, name: 'Overfull', driveBays: 2 }] },
    });
    const compare = report['compare'] as {
      rows: {
        name: string;
        role: string;
        ok: boolean;
        nodes?: { storage: number };
        errors?: unknown;
      }[];
    };
    expect(compare.rows.map((r) => [r.name, r.role, r.ok])).toEqual([
      ['This design', 'own', true],
      ['Three large SSDs', 'storage', true],
      ['Overfull', 'storage', false],
    ]);
    // 183 TB over 3 × 15.36 = 46.08 TB a node: ⌈183 / 41.472⌉ + 1 = 6 to recover a lost node.
    expect(compare.rows[1]?.nodes?.storage).toBe(6);
    expect(compare.rows[2]?.errors).toEqual([
      {
        path: 'costing.storageProfiles[1].drivesPerNode',
        message: 'must be ≤ the 2 drive bays of a storage node',
      },
    ]);
  });

  it('print a storage node’s estimated watts and their working, and a profile’s own', () => {
    const storage = { ...FEW_LARGE_SSDS, tdp: { cpuW: 125, driveW: 6, baseW: 100 } };
    const report = sizeJson({
      costing: { storageTdp: { cpuW: 150, driveW: 6, baseW: 130 }, storageProfiles: [storage] },
    });
    // 150 + 12 drives × 6 + 130 = 352 W; the profile: 125 + 3 × 6 + 100 = 243 W.
    expect(report).toHaveProperty('cost.storageWatts', 352);
    expect(report).toHaveProperty(
      'cost.working.storageWatts.formula',
      'CPU TDP + data drives × W per drive + base W',
    );
    expect(report).toHaveProperty('compare.rows.1.storageWatts', 243);
    // The power: 5.698462 kW × 1,971 × 3 years = 33,695.00 (see storage-power.test.ts).
    const power = (report['cost'] as { power: number }).power;
    expect(power).toBeCloseTo(33_695.0, 2);
    // A wrong estimate is refused with its field path, as the command line names fields.
    const bad = runSizeCommand(['design.json'], {
      readFile: () =>
        JSON.stringify({ costing: { storageTdp: { cpuW: -1, driveW: 6, baseW: 0 } } }),
      readStdin: () => '',
    });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('costing.storageTdp.cpuW');
  });
});
