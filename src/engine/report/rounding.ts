/**
 * Binary floating point turns 26 / 2.6 into 10.000000000000002; a plain Math.ceil would then buy
 * an eleventh core. Values this close to a whole number are taken as that number.
 */
const RELATIVE_SLACK = 1e-9;

function nearestWhole(x: number): number | null {
  const whole = Math.round(x);
  return Math.abs(x - whole) <= RELATIVE_SLACK * Math.max(1, Math.abs(x)) ? whole : null;
}

/** Counts of things to buy: never floor. */
export function roundUp(x: number): number {
  return nearestWhole(x) ?? Math.ceil(x);
}

/** How many whole things fit. */
export function roundDown(x: number): number {
  return nearestWhole(x) ?? Math.floor(x);
}

/** Up to the next multiple of `step` (a whole number ≥ 1). */
export function roundUpToMultiple(x: number, step: number): number {
  return roundUp(x / step) * step;
}

/** Drops binary noise (0.30000000000000004 → 0.3) from figures that are not counts. */
export function tidy(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
