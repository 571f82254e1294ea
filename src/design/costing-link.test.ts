import { describe, expect, it } from 'vitest';
import { designWith } from '../test-support/design-builders';
import type { Profile } from './costing-schema';
import { decodeDesignFragment, encodeDesignFragment } from './link-codec';

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
});
