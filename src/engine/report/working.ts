import type { Working, WorkingInput } from './report-types';

export function working(
  formula: string,
  inputs: readonly WorkingInput[],
  result: number,
  unit: string,
  bookNote?: string,
): Working {
  return bookNote === undefined
    ? { formula, inputs, result, unit }
    : { formula, inputs, result, unit, bookNote };
}

export function input(name: string, value: number): WorkingInput {
  return { name, value };
}
