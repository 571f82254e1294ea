import { formatFigure } from '../working/format-figure';
import type { Design } from '../design/design-schema';
import { CEPH_VOLUMES, iopsData, LOCAL_DISK, type ChartBar } from '../derivations/chart-data';
import type { Sizing } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';
import { CHART_HEIGHT } from './chart-theme';
import type { ChartFigure, ChartTableRow } from './chart-types';
import { barList } from './figure-text';

const n = formatNumber;

/** "Local disk read": the group named in each row, so the two reads are never confused. */
function groupRows(group: string, bars: readonly ChartBar[]): ChartTableRow[] {
  return bars.map((b) => ({
    key: b.key,
    label: `${group} ${b.label.toLowerCase()}`,
    values: [formatFigure(b.value, 'IOPS')],
  }));
}

export function iopsFigure(_design: Design, sizing: Sizing): ChartFigure {
  const data = iopsData(sizing);
  const penalty =
    data.raidWritePenalty === null
      ? ''
      : `writes pay a RAID penalty of ${n(data.raidWritePenalty)}, `;
  const local =
    `${LOCAL_DISK} IOPS per VM: ${barList(data.local)}; ${penalty}` +
    `${n(data.vmsPerNode)} VMs share a node's drives.`;
  const shared =
    data.volumeOsds === null || data.vms === null
      ? ''
      : `, ${n(data.volumeOsds)} OSDs shared by ${n(data.vms)} VMs`;
  const copies =
    data.volumeCopies === null ? '' : `, each write landing on ${n(data.volumeCopies)} OSDs`;
  const volumes =
    data.volumes.length === 0
      ? ''
      : ` ${CEPH_VOLUMES} IOPS per VM: ${barList(data.volumes)}${shared}${copies}.`;
  return {
    id: 'iops',
    caption:
      data.volumes.length === 0
        ? 'Disk IOPS per VM: read vs write'
        : `Disk IOPS per VM: read vs write, ${LOCAL_DISK.toLowerCase()} and ${CEPH_VOLUMES}`,
    summary: `${local}${volumes}`,
    table: {
      columns: ['Per VM', 'IOPS'],
      rows: [...groupRows(LOCAL_DISK, data.local), ...groupRows(CEPH_VOLUMES, data.volumes)],
    },
    height: CHART_HEIGHT,
  };
}
