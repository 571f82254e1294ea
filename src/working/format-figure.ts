import { groupedDecimal } from './grouped-decimal';

const whole = (value: number) => groupedDecimal(value, 0);
const oneDecimal = (value: number) => groupedDecimal(value, 1);

/** Units read to one decimal at most: a tenth of a GB or kW still tells an architect something. */
const ONE_DECIMAL_UNITS: ReadonlySet<string> = new Set([
  'GB',
  'TB',
  'TiB',
  'GiB',
  'kW',
  'GHz',
  'GB/s',
  'nodes (fraction)',
]);

/**
 * A figure as people read it: counts, IOPS, Mbit/s, W and BTU/h whole; GB, TB, kW and GHz to one
 * decimal at most; a share as a percentage to one decimal; thousands grouped everywhere. The exact
 * value belongs in `data-value` and in the working, not here.
 */
export function formatFigure(value: number, unit?: string): string {
  if (unit === 'share') return `${oneDecimal(value * 100)} %`;
  if (unit === '%') return `${oneDecimal(value)} %`;
  if (unit !== undefined && ONE_DECIMAL_UNITS.has(unit)) return oneDecimal(value);
  return whole(value);
}

/** The figure followed by its unit: "833 Mbit/s", "233.3 GB", "96.2 %". */
export function formatFigureWithUnit(value: number, unit: string): string {
  if (unit === 'share' || unit === '%') return formatFigure(value, unit);
  return `${formatFigure(value, unit)} ${unit}`;
}
