import { isObject } from './migrations';

/** Marks a value equal to its default, so "leave it out" differs from an `undefined` value. */
const SAME = Symbol('same as default');

/**
 * The parts of `value` that differ from `defaults`. Objects are compared key by key, so the
 * document can grow new fields without changing this; arrays and plain values are kept whole
 * when they differ at all, which is how `parseDesign` fills them back in.
 */
export function omitDefaults(
  value: Record<string, unknown>,
  defaults: Record<string, unknown>,
): Record<string, unknown> {
  const diff = diffObject(value, defaults);
  return diff === SAME ? {} : diff;
}

function diffValue(value: unknown, base: unknown): unknown {
  if (isObject(value) && isObject(base)) return diffObject(value, base);
  return sameValue(value, base) ? SAME : value;
}

function diffObject(
  value: Record<string, unknown>,
  base: Record<string, unknown>,
): Record<string, unknown> | typeof SAME {
  const kept: Record<string, unknown> = {};
  let changed = false;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const diff = diffValue(item, Object.hasOwn(base, key) ? base[key] : undefined);
    if (diff === SAME) continue;
    kept[key] = diff;
    changed = true;
  }
  return changed ? kept : SAME;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]))
    );
  }
  return a === b;
}
