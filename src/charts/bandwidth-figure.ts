import { formatFigure } from '../working/format-figure';
import type { Design } from '../design/design-schema';
import { bandwidthData } from '../derivations/chart-data';
import type { Sizing } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';
import { CHART_HEIGHT } from './chart-theme';
import type { ChartFigure } from './chart-types';
import { barRows } from './figure-text';

export const SHORTFALL_NOTE = 'short';

export function bandwidthFigure(_design: Design, sizing: Sizing): ChartFigure {
  const data = bandwidthData(sizing);
  const mbps = (key: string) =>
    formatFigure(data.bars.find((b) => b.key === key)?.value ?? 0, 'Mbit/s');
  const verdict = data.meetsRequirement ? 'enough' : 'not enough';
  return {
    id: 'bandwidth',
    caption: 'Network bandwidth per VM vs the requirement (Mbit/s)',
    summary:
      `Each VM gets ${mbps('available')} Mbit/s (${formatNumber(data.vmsPerNode)} VMs share a ` +
      `node's links) against ${mbps('required')} Mbit/s required: ${verdict}.`,
    table: { columns: ['Per VM', 'Mbit/s'], rows: barRows(data.bars, SHORTFALL_NOTE, 'Mbit/s') },
    height: CHART_HEIGHT,
  };
}
