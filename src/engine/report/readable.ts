/** One formatter for every message: building one per call costs more than the sizing itself. */
const READABLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A number in a message as people read it: thousands separators, at most one decimal. */
export function readable(value: number): string {
  return READABLE.format(value);
}
