import type { Design } from '../design/design-schema';
import { ramData } from '../derivations/chart-data';
import type { Sizing } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';
import { CHART_HEIGHT } from './chart-theme';
import type { ChartFigure } from './chart-types';
import { barRows } from './figure-text';

export function ramFigure(_design: Design, sizing: Sizing): ChartFigure {
  const data = ramData(sizing);
  const n = formatNumber;
  const gb = (key: string) => n(data.bars.find((b) => b.key === key)?.value ?? 0);
  const reserved =
    data.reservedGbPerNode > 0 ? ` (${n(data.reservedGbPerNode)} GB of it kept for the host)` : '';
  const rows = barRows(data.bars, undefined, 'GB');
  if (data.reservedGbPerNode > 0) {
    rows.push({ key: 'reserved', label: 'Kept for the host', values: [n(data.reservedGbPerNode)] });
  }
  rows.push({
    key: 'sticks',
    label: 'Sticks',
    values: [`${n(data.sticksPerNode)} × ${n(data.stickGb)}`],
  });
  return {
    id: 'ram',
    caption: 'RAM per compute node: needed vs installed (GB)',
    summary:
      `Each compute node needs ${gb('needed')} GB of RAM${reserved}; ` +
      `${n(data.sticksPerNode)} sticks of ${n(data.stickGb)} GB install ${gb('installed')} GB; ` +
      `a node takes at most ${gb('largest')} GB.`,
    table: { columns: ['Per compute node', 'GB'], rows },
    height: CHART_HEIGHT,
  };
}
