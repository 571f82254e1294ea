import type { Design } from '../design/design-schema';
import { iopsData } from '../derivations/chart-data';
import type { Sizing } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';
import { CHART_HEIGHT } from './chart-theme';
import type { ChartFigure } from './chart-types';
import { barList, barRows } from './figure-text';

export function iopsFigure(_design: Design, sizing: Sizing): ChartFigure {
  const data = iopsData(sizing);
  const penalty =
    data.raidWritePenalty === null
      ? ''
      : `writes pay a RAID penalty of ${formatNumber(data.raidWritePenalty)}, `;
  return {
    id: 'iops',
    caption: 'Disk IOPS per VM: read vs write',
    summary:
      `IOPS per VM: ${barList(data.bars)}; ${penalty}` +
      `${formatNumber(data.vmsPerNode)} VMs share a node's drives.`,
    table: { columns: ['Per VM', 'IOPS'], rows: barRows(data.bars) },
    height: CHART_HEIGHT,
  };
}
