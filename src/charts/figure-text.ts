import { formatFigure } from '../working/format-figure';
import type { ChartBar } from '../derivations/chart-data';
import type { ChartTableRow } from './chart-types';

/** One table row per bar, the value formatted the way the rest of the wizard shows numbers. */
export function barRows(bars: readonly ChartBar[], note?: string, unit?: string): ChartTableRow[] {
  return bars.map((b) => ({
    key: b.key,
    label: b.emphasis && note ? `${b.label} (${note})` : b.label,
    values: [formatFigure(b.value, unit)],
    emphasis: b.emphasis,
  }));
}

/** "Read 6,400, Write 3,200" */
export function barList(bars: readonly ChartBar[], unit = ''): string {
  const suffix = unit ? ` ${unit}` : '';
  return bars
    .map((b) => `${b.label} ${formatFigure(b.value, unit === '' ? undefined : unit)}${suffix}`)
    .join(', ');
}
