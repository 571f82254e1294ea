import { bandwidthData } from '../derivations/chart-data';
import { BarPlot } from './bar-plot';
import { bandwidthFigure, SHORTFALL_NOTE } from './bandwidth-figure';
import { ChartFrame } from './chart-frame';
import type { ChartProps } from './chart-types';

export function BandwidthChart({ design, sizing, width }: ChartProps) {
  const figure = bandwidthFigure(design, sizing);
  return (
    <ChartFrame figure={figure} width={width}>
      <BarPlot
        bars={bandwidthData(sizing).bars}
        height={figure.height}
        width={width}
        emphasisNote={SHORTFALL_NOTE}
      />
    </ChartFrame>
  );
}
