import fc from 'fast-check';
import { DEFAULT_DESIGN } from '../design/default-design';
import { LIMITS, MINIMUMS } from '../design/field-rules';

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
export const extremeDesign = fc
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
