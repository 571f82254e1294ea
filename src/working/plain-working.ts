import type { Working } from '../engine/report/report-types';
import { formatResult, substituteInputs } from './format-working';
import { CODE_LIKE_NAMES, CODE_PHRASES, inputLabel } from './input-labels';

/** A working as the screen and the paper show it: every name read as its label. */
export type PlainWorking = { formula: string; numbers: string; result: string; note?: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Patterns by the names they match: the same formulas come back on every keystroke. */
const patterns = new Map<string, RegExp>();

function patternFor(sorted: readonly string[]): RegExp {
  const key = sorted.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size > 500) patterns.clear();
    pattern = new RegExp(
      sorted.map((n) => `(?<![A-Za-z0-9_.])${escapeRegExp(n)}(?![A-Za-z0-9_])`).join('|'),
      'g',
    );
    patterns.set(key, pattern);
  }
  return pattern;
}

/**
 * Replaces each of `names` standing on its own in `text` by its label; the longest name wins, so
 * `ghzPerVm(m1.small)` is read whole before `ghzPerVm`. A name without a label stays as it is.
 */
function labelNames(text: string, names: readonly string[]): string {
  const present = names.filter((n) => text.includes(n));
  if (present.length === 0) return text;
  const sorted = [...new Set(present)].sort((a, b) => b.length - a.length);
  return text.replace(patternFor(sorted), (name) => inputLabel(name) ?? name);
}

/**
 * Free text that may quote the engine's names, such as a working's note, in labels. A sentence
 * that now starts with a lower-case label gets its capital, unless the label is like "vCPUs".
 */
export function plainText(text: string): string {
  const labelled = labelNames(text, CODE_LIKE_NAMES);
  const startsWithName = /^[a-z]+[A-Z.]/.test(text);
  return startsWithName && /^[a-z][^A-Z]/.test(labelled)
    ? labelled.charAt(0).toUpperCase() + labelled.slice(1)
    : labelled;
}

function sayPhrases(text: string): string {
  return CODE_PHRASES.reduce((said, [code, words]) => said.split(code).join(words), text);
}

export function plainWorking(w: Working): PlainWorking {
  const names = [...w.inputs.map((i) => i.name), ...CODE_LIKE_NAMES];
  const plain: PlainWorking = {
    formula: labelNames(sayPhrases(w.formula), names),
    numbers: labelNames(sayPhrases(substituteInputs(w)), CODE_LIKE_NAMES),
    result: formatResult(w),
  };
  if (w.bookNote) plain.note = plainText(w.bookNote);
  return plain;
}
