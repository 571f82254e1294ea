import { iopsData } from '../derivations/chart-data';
import { BarPlot } from './bar-plot';
import { ChartFrame } from './chart-frame';
import type { ChartProps } from './chart-types';
import { iopsFigure } from './iops-figure';

export function IopsChart({ design, sizing, width }: ChartProps) {
  const figure = iopsFigure(design, sizing);
  return (
    <ChartFrame figure={figure} width={width}>
      <BarPlot bars={iopsData(sizing).bars} height={figure.height} width={width} />
    </ChartFrame>
  );
}
