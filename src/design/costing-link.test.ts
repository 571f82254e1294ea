import { describe, expect, it } from 'vitest';
import { designWith } from '../test-support/design-builders';
import type { Profile, StorageProfile } from './costing-schema';
import { decodeDesignFragment, encodeDesignFragment } from './link-codec';
import { parseDesign } from './parse-design';

function profile(n: number): Profile {
  return {
    name: `Vendor ${n} dual-socket ${16 + n * 8}-core`,
    socketsPerServer: 2,
    coresPerSocket: 16 + n * 8,
    ghzPerCore: 2.1 + n / 10,
    dimmSlotsPerServer: 16 + n * 8,
    stickSizesGb: [32, 64, 96 + n * 32],
    drivesPerNode: 2 + n,
    driveGb: 1920 * n,
    nicGbps: 25 * n,
    dataLinksPerNode: 2,
    unitsPerNode: n,
    wattsLoaded: 650 + n * 123,
    prices: {
      serverPrice: 8123 + n * 1777,
      ramPricePerGb: 3.17 + n,
      stickPrices: [{ gb: 64, price: 211 + n }],
      drivePrice: 313 + n * 41,
      nicPrice: 417 + n * 13,
      wattsIdle: 181 + n * 17,
    },
  };
}

function storageProfile(n: number): StorageProfile {
  return {
    name: `Vendor ${n} storage ${4 + n * 4} × ${7.68 * n} TB`,
    driveBays: 12 + n * 4,
    drivesPerNode: 4 + n * 4,
    driveTb: 7.68 * n,
    driveKind: n === 1 ? 'hdd' : 'nvme',
    driveIops: 700 + n * 9_000,
    cores: 16 + n * 8,
    ramGb: 96 + n * 64,
    nicGbps: 25 * n,
    unitsPerNode: 1 + n,
    watts: 420 + n * 77,
    serverPrice: 7_311 + n * 1_234,
    drivePrice: 389 + n * 217,
  };
}

/** A storage profile whose power is estimated from its parts. */
function estimatedStorage(n: number): StorageProfile {
  return {
    ...storageProfile(n),
    tdp: { cpuW: 155 + n * 30, driveW: 6 + n * 3, baseW: 115 + n * 7 },
  };
}

/** A compute profile whose power is estimated from its parts, with two stick prices. */
function estimated(n: number): Profile {
  const base = profile(n);
  return {
    ...base,
    prices: {
      ...base.prices,
      stickPrices: [
        { gb: 64, price: 211 + n },
        { gb: 128, price: 517 + n * 3 },
      ],
      tdp: { cpuW: 185 + n * 20, stickW: 3.5, driveW: 7 + n, baseW: 70 + n * 5, idleShare: 0.27 },
    },
  };
}

describe('a design link with prices and profiles', () => {
  it('leaves out the example prices: the book’s design links as before', () => {
    expect(encodeDesignFragment(designWith()).length).toBeLessThan(60);
  });

  it('three profiles with prices of their own stay under the 2,000-character link budget', () => {
    const design = designWith({
      costing: {
        currency: 'EUR',
        controllerPrice: 9321,
        storageDrivePrice: 811,
        kwhPrice: 0.231,
        pue: 1.37,
        supportShare: 0.12,
        profiles: [profile(1), profile(2), profile(3)],
      },
    });
    const link = encodeDesignFragment(design);
    expect(link.length).toBeLessThan(2_000);
    const decoded = decodeDesignFragment(link);
    expect(decoded.ok && decoded.design).toEqual(design);
  });

  it('three compute and three storage profiles, all with TDP estimates and stick prices, stay under 2,000 characters', () => {
    const design = designWith({
      costing: {
        currency: 'EUR',
        compute: {
          ...designWith().costing.compute,
          stickPrices: [{ gb: 32, price: 97 }],
          tdp: { cpuW: 205, stickW: 3, driveW: 6, baseW: 60, idleShare: 0.3 },
        },
        controllerPrice: 9321,
        storageDrivePrice: 811,
        storageTdp: { cpuW: 165, driveW: 8, baseW: 125 },
        kwhPrice: 0.231,
        pue: 1.37,
        supportShare: 0.12,
        profiles: [estimated(1), estimated(2), estimated(3)],
        storageProfiles: [estimatedStorage(1), estimatedStorage(2), estimatedStorage(3)],
      },
    });
    const link = encodeDesignFragment(design);
    expect(link.length).toBeLessThan(2_000);
    const decoded = decodeDesignFragment(link);
    expect(decoded.ok && decoded.design).toEqual(design);
    expect(decoded.ok && decoded.design.costing.storageProfiles[2]?.tdp).toEqual({
      cpuW: 245,
      driveW: 15,
      baseW: 136,
    });
  });

  it('a document from before storage profiles and TDP estimates reads as it did', () => {
    // As written before these fields existed: no `storageProfiles`, no `tdp` in any prices, no
    // `storageTdp`.
    const older = JSON.parse(JSON.stringify({ costing: { profiles: [profile(1)] } })) as unknown;
    const parsed = parseDesign(older);
    if (!parsed.ok) throw new Error('the older document parses');
    expect(parsed.design.costing.storageProfiles).toEqual([]);
    expect(parsed.design.costing.profiles[0]?.prices).not.toHaveProperty('tdp');
    expect(parsed.design.costing).not.toHaveProperty('storageTdp');
    // Its link holds neither field, so the link an older build made is the one made now.
    const link = encodeDesignFragment(parsed.design);
    const decoded = decodeDesignFragment(link);
    expect(decoded.ok && decoded.design).toEqual(parsed.design);
    expect(link).toBe(encodeDesignFragment(designWith({ costing: { profiles: [profile(1)] } })));
  });
});
