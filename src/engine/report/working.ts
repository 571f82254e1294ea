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

/**
 * A note about the book's own printed figure belongs only under the book's arithmetic: it is
 * given when every named input holds the book's number, and left out for any other design.
 */
export function bookNote(
  inputs: readonly WorkingInput[],
  book: Readonly<Record<string, number>>,
  note: string,
): string | undefined {
  for (const [name, value] of Object.entries(book)) {
    if (inputs.find((i) => i.name === name)?.value !== value) return undefined;
  }
  return note;
}
