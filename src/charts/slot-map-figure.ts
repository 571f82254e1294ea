import type { Design } from '../design/design-schema';
import type { Sizing } from '../engine/report/report-types';
import { dimmBoardOf, slotMapData } from '../derivations/slot-map-data';
import { formatNumber } from '../working/format-number';
import type { ChartFigure } from './chart-types';
import { layoutSlotMap } from './slot-map-layout';

export function slotMapFigure(design: Design, sizing: Sizing): ChartFigure {
  const data = slotMapData(dimmBoardOf(design), sizing.report.memory);
  const n = formatNumber;
  const channels = data.sockets.reduce((sum, s) => sum + s.channels.length, 0);
  return {
    id: 'slot-map',
    caption: `DIMM slots of one compute node: ${n(data.sticksPerNode)} of ${n(data.slotsPerNode)} filled with ${n(data.stickGb)} GB sticks`,
    summary:
      `${n(data.slotsPerNode)} DIMM slots on ${n(data.sockets.length)} CPUs, ${n(channels)} memory channels; ` +
      `${n(data.sticksPerNode)} filled with ${n(data.stickGb)} GB sticks (${n(data.gbInstalledPerNode)} GB), ` +
      `${n(data.emptySlots)} empty.`,
    table: {
      columns: ['Per compute node', 'Value'],
      rows: [
        { key: 'slots', label: 'DIMM slots', values: [n(data.slotsPerNode)] },
        { key: 'filled', label: 'Filled', values: [n(data.sticksPerNode)], emphasis: true },
        { key: 'empty', label: 'Empty', values: [n(data.emptySlots)] },
        { key: 'stick', label: 'Stick size', values: [`${n(data.stickGb)} GB`] },
        { key: 'installed', label: 'Installed', values: [`${n(data.gbInstalledPerNode)} GB`] },
      ],
    },
    height: layoutSlotMap(data).height,
  };
}
