/** A number in a message as people read it: thousands separators, at most one decimal. */
export function readable(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}
