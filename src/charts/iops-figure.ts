import type { Design } from '../design/design-schema';
import { iopsData } from '../derivations/chart-data';
import type { Sizing } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';
import { CHART_HEIGHT } from './chart-theme';
import type { ChartFigure } from './chart-types';
import { barList, barRows } from './figure-text';

export function iopsFigure(design: Design, sizing: Sizing): ChartFigure {
  const data = iopsData(design, sizing);
  return {
    id: 'iops',
    caption: 'Disk IOPS per VM: read vs write',
    summary:
      `IOPS per VM: ${barList(data.bars)}; writes pay a RAID penalty of ` +
      `${formatNumber(data.raidWritePenalty)}, ${formatNumber(data.vmsPerNode)} VMs share a node's drives.`,
    table: { columns: ['Per VM', 'IOPS'], rows: barRows(data.bars) },
    height: CHART_HEIGHT,
  };
}
