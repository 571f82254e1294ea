import { ramData } from '../derivations/chart-data';
import { BarPlot } from './bar-plot';
import { ChartFrame } from './chart-frame';
import type { ChartProps } from './chart-types';
import { ramFigure } from './ram-figure';

export function RamChart({ design, sizing, width }: ChartProps) {
  const figure = ramFigure(design, sizing);
  return (
    <ChartFrame figure={figure} width={width}>
      <BarPlot bars={ramData(sizing).bars} height={figure.height} width={width} unit="GB" />
    </ChartFrame>
  );
}
