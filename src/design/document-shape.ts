import { joinPath, type FieldError } from './field-error';

/** A design nests six levels at most (physical.workload.flavors[i].name); anything far deeper is not one. */
export const MAX_DOCUMENT_DEPTH = 16;
/** Far beyond the values a design holds (a few hundred with flavors), far below what stalls a tab. */
export const MAX_DOCUMENT_VALUES = 20_000;

/** Longer than any field name a design has (the longest is under 30 characters). */
export const MAX_KEY_CHARS = 64;
/** Enough to show what is wrong; a document of 20,000 bad keys does not need 20,000 lines. */
export const MAX_SHAPE_ERRORS = 20;

const CONTROL_CHARACTER = /\p{Cc}/u;

/** Keys that could reach an object's prototype if a careless consumer merged the document. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks any parsed JSON once, without recursion, so no shape a link or file can hold overflows the
 * stack: too deep, too many values, keys that could reach a prototype, and keys no field has
 * (too long, or holding control characters a terminal would obey) come back as field errors.
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
        const oddKey = oddKeyMessage(key);
        if (oddKey !== null)
          errors.push({
            path: joinPath(path),
            message: path.length > 0 ? oddKey : `the design ${oddKey}`,
          });
        else if (FORBIDDEN_KEYS.has(key))
          errors.push({ path: joinPath([...path, key]), message: 'is not allowed in a design' });
        else stack.push({ value: item, path: [...path, key] });
      }
      if (errors.length >= MAX_SHAPE_ERRORS) return errors.slice(0, MAX_SHAPE_ERRORS);
    }
  }
  return errors;
}

/** Why a key cannot be a field's name, said without echoing it (it may be 100 KB long). */
function oddKeyMessage(key: string): string | null {
  if (key.length > MAX_KEY_CHARS)
    return `holds a key of ${key.length.toLocaleString('en-US')} characters; no field name is longer than ${MAX_KEY_CHARS}`;
  if (CONTROL_CHARACTER.test(key))
    return 'holds a key with a control character, which no field name has';
  return null;
}
