import type { FieldValues } from 'react-hook-form';
import type { Design } from '../design/design-schema';
import { validateStep, type StepFormSpec, type StepValidation } from './step-form-spec';

/**
 * One sizing per edit. On every change react-hook-form tells the form's subscribers (which
 * commit) and then runs the resolver (which shows errors), both about the same values; the last
 * answer is kept so the second asker reuses it. It still holds once its design is committed,
 * since writing the same values into that design gives the same design again.
 */
export function lastStepValidation<V extends FieldValues>(spec: StepFormSpec<V>) {
  let last: { values: V; base: Design; result: StepValidation } | null = null;
  return (design: Design, values: V): StepValidation => {
    if (
      last &&
      (design === last.base || design === last.result.candidate?.design) &&
      sameValues(values, last.values)
    )
      return last.result;
    const result = validateStep(spec, design, values);
    // The resolver is handed the form's live values, which change in place as the user types.
    last = { values: structuredClone(values), base: design, result };
    return result;
  };
}

/** Structural equality of form values (plain objects, arrays, numbers with NaN, strings). */
function sameValues(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameValues((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
