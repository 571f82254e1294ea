import { coresData } from '../derivations/chart-data';
import { BarPlot } from './bar-plot';
import { ChartFrame } from './chart-frame';
import type { ChartProps } from './chart-types';
import { BINDING_NOTE, coresFigure } from './cores-figure';

const PAIR_GAP_PX = 16;
const TITLE_PX = 28;

/** Two plots side by side: cores, then the three node bounds with the binding one marked. */
export function CoresChart({ design, sizing, width }: ChartProps) {
  const figure = coresFigure(design, sizing);
  const data = coresData(sizing);
  const half = width === undefined ? undefined : Math.floor((width - PAIR_GAP_PX) / 2);
  const plotHeight = figure.height - TITLE_PX;
  const halfStyle = half === undefined ? undefined : { flex: 'none', width: half };
  return (
    <ChartFrame figure={figure} width={width}>
      <div className="chart-frame__pair">
        <div style={halfStyle}>
          <p className="chart-frame__pair-title">Cores</p>
          <BarPlot bars={data.cores} height={plotHeight} width={half} noteLine />
        </div>
        <div style={halfStyle}>
          <p className="chart-frame__pair-title">Nodes needed by</p>
          <BarPlot
            bars={data.nodesByBound}
            height={plotHeight}
            width={half}
            emphasisNote={BINDING_NOTE}
          />
        </div>
      </div>
    </ChartFrame>
  );
}
