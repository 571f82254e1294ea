import { joinPath, type FieldError } from './field-error';

/** A design nests six levels at most (physical.workload.flavors[i].name); anything far deeper is not one. */
export const MAX_DOCUMENT_DEPTH = 16;
/** Far beyond the values a design holds (a few hundred with flavors), far below what stalls a tab. */
export const MAX_DOCUMENT_VALUES = 20_000;

/** Keys that could reach an object's prototype if a careless consumer merged the document. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks any parsed JSON once, without recursion, so no shape a link or file can hold overflows the
 * stack: too deep, too many values, or keys that could reach a prototype come back as field errors.
 */
export function documentShapeErrors(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  let seen = 0;
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    seen += 1;
    if (seen > MAX_DOCUMENT_VALUES)
      return [
        {
          path: '',
          message: `holds more than ${MAX_DOCUMENT_VALUES.toLocaleString('en-US')} values, far more than any design`,
        },
      ];
    if (next.path.length > MAX_DOCUMENT_DEPTH)
      return [
        {
          path: joinPath(next.path.slice(0, 3)),
          message: `is nested more than ${MAX_DOCUMENT_DEPTH} levels deep, far deeper than any design`,
        },
      ];
    const { value: here, path } = next;
    if (Array.isArray(here)) {
      here.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (typeof here === 'object' && here !== null) {
      for (const [key, item] of Object.entries(here)) {
        if (FORBIDDEN_KEYS.has(key))
          errors.push({ path: joinPath([...path, key]), message: 'is not allowed in a design' });
        else stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return errors;
}
