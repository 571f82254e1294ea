import { describe, expect, it } from 'vitest';
import { STARTING_TDP } from '../../design/costing-schema';
import { ownProfileOf } from '../../engine/cost/compare-profiles';
import { ownStorageProfileOf } from '../../engine/cost/storage-profiles';
import { designWith } from '../../test-support/design-builders';
import { costSpec } from './cost-spec';
import { storageProfileForm } from './storage-power-form';

describe('the Servers & cost form', () => {
  it('writes back exactly the design it read, so opening the step changes nothing', () => {
    const plain = designWith();
    expect(costSpec.write(plain, costSpec.read(plain))).toEqual(plain);
    const base = designWith();
    const full = designWith({
      costing: {
        compute: {
          ...base.costing.compute,
          stickPrices: [{ gb: 16, price: 60 }],
          tdp: { ...STARTING_TDP, idleShare: 0.27 },
        },
        profiles: [ownProfileOf(base, 'Copy')],
        storageTdp: { cpuW: 155, driveW: 8, baseW: 110 },
        storageProfiles: [
          ownStorageProfileOf(base, 'Storage copy'),
          { ...ownStorageProfileOf(base, 'Estimated'), tdp: { cpuW: 200, driveW: 12, baseW: 90 } },
        ],
      },
    });
    expect(costSpec.write(full, costSpec.read(full))).toEqual(full);
    expect(costSpec.write(full, costSpec.read(full))).not.toHaveProperty(
      'costing.storageProfiles.0.tdp',
    );
  });

  it('types the idle share of the TDP estimate as a percentage, and keeps it while watts are chosen', () => {
    const design = designWith();
    const form = costSpec.read(design);
    // Stated watts: the estimate's inputs wait at the starting figures, idle 0.3 shown as 30 %.
    expect(form.compute.powerFrom).toBe('watts');
    expect(form.compute.tdp.idlePercent).toBe(30);
    const estimated = costSpec.write(design, {
      ...form,
      compute: { ...form.compute, powerFrom: 'tdp', tdp: { ...form.compute.tdp, idlePercent: 25 } },
    });
    expect(estimated).toHaveProperty('costing.compute.tdp', { ...STARTING_TDP, idleShare: 0.25 });
  });

  it('refuses a storage profile with more drives than bays, on its drives and its bays', () => {
    const design = designWith();
    const form = costSpec.read(design);
    const storage = {
      ...storageProfileForm(ownStorageProfileOf(design, 'Overfull')),
      driveBays: 2,
      drivesPerNode: 3,
    };
    const parsed = costSpec.schema.safeParse({ ...form, storageProfiles: [storage] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['storageProfiles.0.drivesPerNode', 'must be at most the drive bays'],
      ['storageProfiles.0.driveBays', 'must be at least the data drives'],
    ]);
  });

  it('places an error the whole design finds on a profile’s input on that input', () => {
    expect(costSpec.fields['profiles.1.stickSizesGb']).toBe('costing.profiles[1].stickSizesGb');
    expect(costSpec.fields['profiles.0.prices.tdp.idlePercent']).toBe(
      'costing.profiles[0].prices.tdp.idleShare',
    );
    expect(costSpec.fields['storageProfiles.2.driveTb']).toBe('costing.storageProfiles[2].driveTb');
  });

  it('a storage node’s estimate starts at its drive kind’s figures, and is left out while watts are chosen', () => {
    const design = designWith({ physical: { storageNode: { driveKind: 'nvme' } } });
    const form = costSpec.read(design);
    expect(form.storagePowerFrom).toBe('watts');
    // A single-socket 150 W processor, 12 W an NVMe drive, 120 W base.
    expect(form.storageTdp).toEqual({ cpuW: 150, driveW: 12, baseW: 120 });
    expect(costSpec.write(design, form)).not.toHaveProperty('costing.storageTdp');
    const estimated = costSpec.write(design, { ...form, storagePowerFrom: 'tdp' });
    expect(estimated).toHaveProperty('costing.storageTdp', { cpuW: 150, driveW: 12, baseW: 120 });
    expect(costSpec.fields['storageTdp.driveW']).toBe('costing.storageTdp.driveW');
    expect(costSpec.fields['storageProfiles.1.tdp.baseW']).toBe(
      'costing.storageProfiles[1].tdp.baseW',
    );
  });
});
