import type { Design } from '../design/design-schema';
import type { ChartBar } from '../derivations/chart-data';
import type { Sizing } from '../engine/report/report-types';
import { money } from '../working/format-money';
import { formatFigure } from '../working/format-figure';
import { CHART_HEIGHT } from './chart-theme';
import type { ChartFigure } from './chart-types';

/**
 * One bar a profile that sizes: its total cost or its nodes (a storage profile's storage nodes,
 * any other row's compute nodes), the cheapest emphasised.
 */
export function profileBars(sizing: Sizing, of: 'total' | 'nodes'): ChartBar[] {
  const compare = sizing.report.compare;
  if (!compare) return [];
  return compare.rows.flatMap((row, i) =>
    row.ok
      ? [
          {
            key: `${row.role}-${row.index}`,
            label: row.role === 'storage' ? `${row.name} (storage)` : row.name,
            value:
              of === 'total'
                ? Math.round(row.total)
                : row.role === 'storage'
                  ? row.nodes.storage
                  : row.nodes.compute,
            emphasis: i === compare.cheapestRow,
          },
        ]
      : [],
  );
}

/** Whether any row compared is a storage profile: the nodes then name their role. */
function hasStorageRows(sizing: Sizing): boolean {
  return sizing.report.compare?.rows.some((r) => r.role === 'storage') ?? false;
}

export function profilesFigure(_design: Design, sizing: Sizing): ChartFigure {
  const bars = profileBars(sizing, 'total');
  const nodes = profileBars(sizing, 'nodes');
  const currency = sizing.report.compare?.currency ?? sizing.report.cost.currency;
  const cheapest = sizing.report.compare?.cheapest ?? '';
  const storage = hasStorageRows(sizing);
  const nodesOf = (label: string) =>
    storage && label.endsWith('(storage)') ? 'storage nodes' : 'compute nodes';
  return {
    id: 'profiles',
    caption: storage
      ? `Total cost of ownership and nodes per server profile (${currency}): compute nodes, or a storage profile's storage nodes; the cheapest is ${cheapest}`
      : `Total cost of ownership and compute nodes per server profile (${currency}); the cheapest is ${cheapest}`,
    summary: bars
      .map(
        (b, i) =>
          `${b.label}: ${money(b.value, currency)}, ${formatFigure(nodes[i]?.value ?? 0)} ${nodesOf(b.label)}`,
      )
      .join('; '),
    table: {
      columns: [
        'Profile',
        `Total cost (${currency})`,
        storage ? 'Nodes of its role' : 'Compute nodes',
      ],
      rows: bars.map((b, i) => ({
        key: b.key,
        label: b.emphasis ? `${b.label} (cheapest)` : b.label,
        values: [formatFigure(b.value), formatFigure(nodes[i]?.value ?? 0)],
        emphasis: b.emphasis,
      })),
    },
    // Two plots of 200 px: with the tables they fit one printed page.
    height: 400,
    wideTable: true,
  };
}

/** The parts of each year's cost, stacked in the chart. */
export const COST_PARTS = [
  { key: 'capital', label: 'Hardware bought' },
  { key: 'power', label: 'Power' },
  { key: 'support', label: 'Support' },
] as const;

export function costYearsFigure(_design: Design, sizing: Sizing): ChartFigure {
  const { cost } = sizing.report;
  return {
    id: 'cost-years',
    caption: `Cost by year (${cost.currency}): ${money(cost.total, cost.currency)} over ${cost.lifeYears} ${cost.lifeYears === 1 ? 'year' : 'years'}`,
    summary: cost.years
      .map(
        (y) =>
          `Year ${y.year}: ${COST_PARTS.map((p) => `${p.label.toLowerCase()} ${money(y[p.key], cost.currency)}`).join(', ')}`,
      )
      .join('; '),
    table: {
      columns: ['Year', ...COST_PARTS.map((p) => p.label), 'In all'],
      rows: cost.years.map((y) => ({
        key: String(y.year),
        label: `Year ${y.year}`,
        values: [...COST_PARTS.map((p) => formatFigure(y[p.key])), formatFigure(y.total)],
      })),
    },
    height: CHART_HEIGHT,
    wideTable: true,
  };
}
