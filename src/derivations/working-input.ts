import type { Working } from '../engine/report/report-types';

/**
 * A number the engine put into a figure, by the name its formula gives it: a chart that says how
 * a figure was reached reads it from that figure's working, never from the design.
 */
export function workingInput(working: Working | undefined, name: string): number | null {
  return working?.inputs.find((i) => i.name === name)?.value ?? null;
}
