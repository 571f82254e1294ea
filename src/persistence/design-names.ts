import type { PersistenceFailure } from './storage-access';

export const MAX_DESIGN_NAME_CHARS = 120;

export type NameResult = { ok: true; name: string } | PersistenceFailure<'bad-name'>;

// Control characters would make a name look different from what it is in a list or a file name.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A name as it is stored: trimmed and in one Unicode form, or the rule it breaks. */
export function normalizeDesignName(name: string): NameResult {
  const trimmed = name.normalize('NFC').trim();
  const bad = (message: string): NameResult => ({
    ok: false,
    reason: 'bad-name',
    message,
    errors: [{ path: 'name', message }],
  });
  if (trimmed === '') return bad('a saved design needs a name');
  if (trimmed.length > MAX_DESIGN_NAME_CHARS)
    return bad(`a name must be at most ${MAX_DESIGN_NAME_CHARS} characters`);
  if (CONTROL_CHARACTERS.test(trimmed)) return bad('a name must not contain control characters');
  return { ok: true, name: trimmed };
}

/** Names are unique regardless of case: "Prod" and "prod" in one list would only confuse. */
export function sameDesignName(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

/** "Name (copy)", then "Name (copy 2)", ..., cut so the result still fits the length rule. */
export function copyName(name: string, taken: (candidate: string) => boolean): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${name.slice(0, MAX_DESIGN_NAME_CHARS - suffix.length).trimEnd()}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
