import type { Design } from '../design/design-schema';
import { coresData } from '../derivations/chart-data';
import type { Sizing } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';
import { CHART_HEIGHT } from './chart-theme';
import type { ChartFigure, ChartTableRow } from './chart-types';

export const BINDING_NOTE = 'binding';

export function coresFigure(_design: Design, sizing: Sizing): ChartFigure {
  const data = coresData(sizing);
  const [needed, installed] = data.cores;
  const binding = data.nodesByBound.find((b) => b.emphasis);
  const n = formatNumber;
  const installedLabel = `Cores installed (${n(data.computeNodes)} nodes × ${n(data.coresPerNode)})`;
  const rows: ChartTableRow[] = [
    { key: 'needed', label: 'Cores needed', values: [n(needed?.value ?? 0)] },
    { key: 'rounded', label: 'Cores, rounded up', values: [n(data.coresRoundedUp)] },
    { key: 'installed', label: installedLabel, values: [n(installed?.value ?? 0)] },
    ...data.nodesByBound.map((b) => ({
      key: `nodes-${b.key}`,
      label: `Compute nodes by ${b.label}${b.emphasis ? ` (${BINDING_NOTE})` : ''}`,
      values: [n(b.value)],
      emphasis: b.emphasis,
    })),
  ];
  if (data.spareNodes > 0) {
    rows.push({ key: 'spare', label: 'Spare compute nodes', values: [n(data.spareNodes)] });
  }
  const byBound = data.nodesByBound.map((b) => `by ${b.label} ${n(b.value)}`).join(', ');
  return {
    id: 'cores',
    caption: 'CPU cores needed vs installed, and compute nodes by CPU, RAM and network',
    summary:
      `${n(needed?.value ?? 0)} cores needed, ${n(installed?.value ?? 0)} installed on ` +
      `${n(data.computeNodes)} compute nodes of ${n(data.coresPerNode)} cores. ` +
      `Compute nodes ${byBound}; ${binding?.label ?? ''} is binding.`,
    table: { columns: ['Figure', 'Value'], rows },
    height: CHART_HEIGHT,
  };
}
