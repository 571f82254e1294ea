import { describe, expect, it } from 'vitest';
import { placementGroups } from './placement-groups';

describe('placement groups by the pgcalc rule', () => {
  it.each([
    // 100 × 60 OSDs × 53 % / 3 = 1,060: nearest power of two 1,024 is 3.4 % below → 1,024.
    [100, 60, 0.53, 3, 1024],
    // 100 × 60 × 25 % / 3 = 500: nearest 512 → 512.
    [100, 60, 0.25, 3, 512],
    // 100 × 60 × 7 % / 3 = 140: nearest 128 is 8.6 % below → 128.
    [100, 60, 0.07, 3, 128],
    // 100 × 10 × 15 % / 3 = 50: nearest 64 (above) → 64.
    [100, 10, 0.15, 3, 64],
    // 100 × 12 × 100 % / 6 (4 + 2) = 200: nearest 256 → 256.
    [100, 12, 1, 6, 256],
    // 100 × 40 × 2 % / 3 = 26.7, above the floor 40 / 3 = 13.3 → nearest 32.
    [100, 40, 0.02, 3, 32],
    // 100 × 60 × 1 % / 3 = 20, floor 60 / 3 = 20 → nearest 16 is 20 % below → 16.
    [100, 60, 0.01, 3, 16],
    // 100 × 5 × 50 % / 3 = 83.3: nearest 64 is 23 % below (not more than 25 %) → 64.
    [100, 5, 0.5, 3, 64],
    // 100 × 7 × 50 % / 3 = 116.7: nearest 128 → 128.
    [100, 7, 0.5, 3, 128],
    // 100 × 100 × 1 % / 3 = 33.3, floor 100 / 3 = 33.3 → nearest 32 is 4 % below → 32.
    [100, 100, 0.01, 3, 32],
  ])('target %i, %i OSDs, share %f, size %i → %i PGs', (target, osds, share, size, pgs) => {
    expect(placementGroups(target, osds, share, size)).toBe(pgs);
  });

  it('takes the next power up when the nearest is more than 25 % below', () => {
    // 100 × 3 × 90 % / 1 = 270: nearest 256 is 5 % below → 256; at 100 × 9 × 10 % / 1 = 90:
    // nearest 64 is 29 % below → 128.
    expect(placementGroups(100, 3, 0.9, 1)).toBe(256);
    expect(placementGroups(100, 9, 0.1, 1)).toBe(128);
  });
});
