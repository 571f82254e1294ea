import { nodeCountsData } from '../derivations/chart-data';
import { BarPlot } from './bar-plot';
import { ChartFrame } from './chart-frame';
import type { ChartProps } from './chart-types';
import { nodeCountsFigure } from './node-counts-figure';

export function NodeCountsChart({ design, sizing, width }: ChartProps) {
  const figure = nodeCountsFigure(design, sizing);
  return (
    <ChartFrame figure={figure} width={width}>
      <BarPlot bars={nodeCountsData(sizing).bars} height={figure.height} width={width} />
    </ChartFrame>
  );
}
