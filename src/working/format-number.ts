const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** Numbers as an architect reads them: 6,400 · 153.846 · 0.5. */
export function formatNumber(value: number): string {
  return GROUPED.format(value);
}
