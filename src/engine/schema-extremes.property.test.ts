import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parse-design';
import { sizeDesign } from './size-design';
import { extremeDesign } from '../test-support/extreme-design';

function nonFinite(value: unknown, path: string, found: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, found));
  else if (typeof value === 'object' && value !== null)
    for (const [key, v] of Object.entries(value)) nonFinite(v, `${path}.${key}`, found);
}

// Each run sizes designs at the schema's limits: give them room on a busy machine.
describe('the schema at its limits', { timeout: 60_000 }, () => {
  it('every design it accepts sizes to finite figures or names a field; it never throws', () => {
    let accepted = 0;
    fc.assert(
      fc.property(extremeDesign, (candidate) => {
        const parsed = parseDesign(candidate);
        if (!parsed.ok) return;
        accepted += 1;
        const result = sizeDesign(parsed.design);
        if (!result.ok) {
          for (const error of result.errors) expect(error.path).toMatch(/^[a-z]/);
          return;
        }
        const found: string[] = [];
        nonFinite(result.sizing.report, 'report', found);
        for (const [key, w] of Object.entries(result.sizing.working))
          if (w) nonFinite({ result: w.result, inputs: w.inputs }, key, found);
        expect(found).toEqual([]);
      }),
      { numRuns: 1_500 },
    );
    // The generator must reach the engine, not only the schema's refusals.
    expect(accepted).toBeGreaterThan(150);
  });
});
