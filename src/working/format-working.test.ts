import { describe, expect, it } from 'vitest';
import { formatResult } from './format-working';

describe('a working result', () => {
  it('reads in the singular for exactly one of a counted thing', () => {
    expect(formatResult({ formula: '', inputs: [], result: 1, unit: 'racks' })).toBe('1 rack');
    expect(formatResult({ formula: '', inputs: [], result: 2, unit: 'racks' })).toBe('2 racks');
    expect(formatResult({ formula: '', inputs: [], result: 1, unit: 'GB' })).toBe('1 GB');
    expect(formatResult({ formula: '', inputs: [], result: 6400, unit: 'IOPS' })).toBe(
      '6,400 IOPS',
    );
  });
});
