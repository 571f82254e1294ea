import { BarPlot } from './bar-plot';
import { ChartFrame } from './chart-frame';
import type { ChartProps } from './chart-types';
import { profileBars, profilesFigure } from './cost-figures';

export function ProfilesChart({ design, sizing, width }: ChartProps) {
  const figure = profilesFigure(design, sizing);
  return (
    <ChartFrame figure={figure} width={width}>
      <BarPlot
        bars={profileBars(sizing)}
        height={figure.height}
        width={width}
        emphasisNote="cheapest"
      />
    </ChartFrame>
  );
}
