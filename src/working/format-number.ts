import { groupedDecimal } from './grouped-decimal';

/** Numbers as an architect reads them: 6,400 · 153.846 · 0.5. */
export function formatNumber(value: number): string {
  return groupedDecimal(value, 3);
}
