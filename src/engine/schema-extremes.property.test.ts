import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../design/default-design';
import { LIMITS, MINIMUMS } from '../design/field-rules';
import { parseDesign } from '../design/parse-design';
import { sizeDesign } from './size-design';

/** Every bound the schema knows, the values just past them, and the tiny ones that once overflowed. */
const EXTREMES = [
  ...new Set([
    0,
    1e-300,
    1e-10,
    ...Object.values(MINIMUMS),
    1,
    ...Object.values(LIMITS),
    1e15,
    Number.MAX_SAFE_INTEGER,
  ]),
];

/** Dotted paths to every number and flag of a design (list items by index). */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'number' || typeof value === 'boolean') return [prefix];
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...prefix, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  return [];
}

function withValue(design: unknown, path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(design))
    return design.map((item, i) => (i === head ? withValue(item, rest, value) : item));
  if (typeof design === 'object' && design !== null)
    return {
      ...design,
      [head]: withValue((design as Record<string, unknown>)[head], rest, value),
    };
  return design;
}

const LEAVES = leafPaths(DEFAULT_DESIGN).filter((path) => path[0] !== 'version');

/** The default design with one to three of its numbers at an extreme (flags flipped). */
const extremeDesign = fc
  .array(fc.record({ path: fc.constantFrom(...LEAVES), value: fc.constantFrom(...EXTREMES) }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((changes) =>
    changes.reduce<unknown>(
      (design, { path, value }) => withValue(design, path, value),
      DEFAULT_DESIGN,
    ),
  );

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
