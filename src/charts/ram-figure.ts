import type { Design } from '../design/design-schema';
import { ramData } from '../derivations/chart-data';
import type { Sizing } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';
import { CHART_HEIGHT } from './chart-theme';
import type { ChartFigure } from './chart-types';
import { barRows } from './figure-text';
import { formatFigure } from '../working/format-figure';

export function ramFigure(_design: Design, sizing: Sizing): ChartFigure {
  const data = ramData(sizing);
  const n = formatNumber;
  const gbText = (value: number) => formatFigure(value, 'GB');
  const gb = (key: string) => gbText(data.bars.find((b) => b.key === key)?.value ?? 0);
  const reserved =
    data.reservedGbPerNode > 0
      ? ` (${gbText(data.reservedGbPerNode)} GB of it kept for the host)`
      : '';
  const rows = barRows(data.bars, undefined, 'GB');
  if (data.reservedGbPerNode > 0) {
    rows.push({
      key: 'reserved',
      label: 'Kept for the host',
      values: [gbText(data.reservedGbPerNode)],
    });
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
