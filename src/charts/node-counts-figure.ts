import type { Design } from '../design/design-schema';
import type { Sizing } from '../engine/report/report-types';
import { nodeCountsData } from '../derivations/chart-data';
import { formatNumber } from '../working/format-number';
import { CHART_HEIGHT } from './chart-theme';
import type { ChartFigure } from './chart-types';
import { barList, barRows } from './figure-text';

export function nodeCountsFigure(_design: Design, sizing: Sizing): ChartFigure {
  const { bars, total } = nodeCountsData(sizing);
  return {
    id: 'node-counts',
    caption: `Nodes per role: ${formatNumber(total)} in all`,
    summary: `${formatNumber(total)} nodes in all: ${barList(bars)}.`,
    table: {
      columns: ['Role', 'Nodes'],
      rows: [
        ...barRows(bars),
        { key: 'total', label: 'Total', values: [formatNumber(total)], emphasis: true },
      ],
    },
    height: CHART_HEIGHT,
  };
}
