import { BarPlot } from './bar-plot';
import { ChartFrame } from './chart-frame';
import type { ChartProps } from './chart-types';
import { profileBars, profilesFigure } from './cost-figures';

/**
 * Two plots, one above the other: what each profile costs, and how many nodes it takes (compute
 * nodes, or a storage profile's storage nodes).
 */
export function ProfilesChart({ design, sizing, width }: ChartProps) {
  const figure = profilesFigure(design, sizing);
  const half = figure.height / 2;
  const currency = sizing.report.compare?.currency ?? sizing.report.cost.currency;
  return (
    <ChartFrame figure={figure} width={width}>
      <div className="profiles-chart">
        <BarPlot
          bars={profileBars(sizing, 'total')}
          height={half}
          width={width}
          unit={currency}
          emphasisNote="cheapest"
          noteLine
        />
        <BarPlot
          bars={profileBars(sizing, 'nodes')}
          height={half}
          width={width}
          unit={
            sizing.report.compare?.rows.some((r) => r.role === 'storage')
              ? 'nodes'
              : 'compute nodes'
          }
          emphasisNote="cheapest"
          noteLine
        />
      </div>
    </ChartFrame>
  );
}
