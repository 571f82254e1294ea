import type { Design } from '../design/design-schema';
import { growthChartData, type GrowthChartData } from '../derivations/growth-chart-data';
import { ROLE_LABELS } from '../engine/logical/node-roles';
import type { GrowthChartYear } from '../derivations/growth-chart-data';
import type { Sizing } from '../engine/report/report-types';
import { formatFigure } from '../working/format-figure';
import { formatNumber } from '../working/format-number';
import type { ChartFigure, ChartTableRow } from './chart-types';

export const GROWTH_CHART_HEIGHT = 380;
export const BUY_NOTE = 'buy';
export const SIZED_FOR_NOTE = 'sized for';

const n = formatNumber;
const plural = (count: number, one: string, many = `${one}s`) =>
  `${n(count)} ${count === 1 ? one : many}`;

function captionOf(data: GrowthChartData): string {
  const what = 'Nodes owned per role and RAM installed';
  if (data.singleYear === 'no-growth') return `${what}: one year, as no growth is planned`;
  if (data.singleYear === 'no-horizon') return `${what}: one year, as the plan looks no year ahead`;
  return `${what}, year by year: ${n(data.growthPerYear * 100)} % growth a year over ${plural(data.horizonYears, 'year')}`;
}

/** What falls due in a year: the first purchase, or what must be added to what is owned. */
export function purchaseText(y: GrowthChartYear): string {
  if (!y.purchaseDue) return 'no';
  if (y.year === 0) return 'first purchase';
  const adds: string[] = [];
  if (y.computeNodesToBuy > 0) adds.push(`+${plural(y.computeNodesToBuy, 'compute node')}`);
  if (y.storageNodesToBuy > 0) adds.push(`+${plural(y.storageNodesToBuy, 'storage node')}`);
  if (y.ramGbToAddPerNode > 0)
    adds.push(`+${formatFigure(y.ramGbToAddPerNode, 'GB')} GB RAM per node`);
  if (y.racksToAdd > 0) adds.push(`+${plural(y.racksToAdd, 'rack')}`);
  return adds.join(', ');
}

function yearRow(data: GrowthChartData, y: GrowthChartYear): ChartTableRow {
  return {
    key: `year-${y.year}`,
    label: y.sizedFor ? `Year ${y.year} (${SIZED_FOR_NOTE})` : `Year ${y.year}`,
    values: [
      n(y.vms),
      n(y.needed.compute),
      ...data.roles.map((role) => n(y.nodes[role])),
      n(y.nodes.total),
      formatFigure(y.ram, data.ramUnit),
      n(y.racks),
      formatFigure(y.powerKw, 'kW'),
      purchaseText(y),
    ],
    emphasis: y.sizedFor,
  };
}

function yearSentence(data: GrowthChartData, y: GrowthChartYear): string {
  const roles = data.roles.map((role) => `${n(y.nodes[role])} ${ROLE_LABELS[role]}`).join(', ');
  const notes = [y.purchaseDue ? BUY_NOTE : '', y.sizedFor ? SIZED_FOR_NOTE : '']
    .filter((s) => s !== '')
    .join(', ');
  return (
    `Year ${y.year}${notes ? ` (${notes})` : ''}: ${n(y.vms)} VMs needing ` +
    `${plural(y.needed.compute, 'compute node')}; ${n(y.nodes.total)} nodes owned (${roles}), ` +
    `${formatFigure(y.ram, data.ramUnit)} ${data.ramUnit} RAM`
  );
}

export function growthFigure(_design: Design, sizing: Sizing): ChartFigure {
  const data = growthChartData(sizing.report.growth);
  const unit = data.ramUnit === 'TB' ? 'TB of 1,024 GB' : 'GB';
  return {
    id: 'growth',
    caption: captionOf(data),
    summary: `${data.years.map((y) => yearSentence(data, y)).join('; ')}. RAM in ${unit}.`,
    table: {
      columns: [
        'Year',
        'VMs',
        'Compute nodes needed',
        ...data.roles.map((role) => `${ROLE_LABELS[role]} owned`),
        'Nodes owned',
        `RAM installed (${data.ramUnit})`,
        'Racks owned',
        'kW drawn',
        'Purchase due',
      ],
      rows: data.years.map((y) => yearRow(data, y)),
    },
    height: GROWTH_CHART_HEIGHT,
    wideTable: true,
  };
}
