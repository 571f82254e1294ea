import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedDecimal } from './grouped-decimal';

const intl = (places: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: places });

describe('numbers grouped and rounded without Intl', () => {
  it('writes what people read', () => {
    expect(groupedDecimal(6400, 3)).toBe('6,400');
    // 200 / 1.5 = 133.333…, to three places.
    expect(groupedDecimal(200 / 1.5, 3)).toBe('133.333');
    expect(groupedDecimal(55956.8, 0)).toBe('55,957');
    expect(groupedDecimal(0.5, 3)).toBe('0.5');
    // 0.0625 to three places is a tie: away from zero.
    expect(groupedDecimal(0.0625, 3)).toBe('0.063');
    expect(groupedDecimal(-0.0625, 3)).toBe('-0.063');
    // 1.0005 is stored as 1.000499999…; rounding goes by its shortest form, 1.0005.
    expect(groupedDecimal(1.0005, 3)).toBe('1.001');
    expect(groupedDecimal(999.96, 1)).toBe('1,000');
    expect(groupedDecimal(-0.0001, 3)).toBe('-0');
    expect(groupedDecimal(1e21, 0)).toBe('1,000,000,000,000,000,000,000');
    expect(groupedDecimal(1.5e-7, 3)).toBe('0');
  });

  it('matches Intl.NumberFormat for every double and 0 to 3 places', () => {
    const formatters = [0, 1, 2, 3].map(intl);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
          fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 16),
          fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        ),
        fc.integer({ min: 0, max: 3 }),
        (value, places) => {
          expect(groupedDecimal(value, places)).toBe(formatters[places]?.format(value));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
