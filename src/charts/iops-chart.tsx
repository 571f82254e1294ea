import { formatFigure } from '../working/format-figure';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  XAxis,
  YAxis,
  pattern,
  patterns,
} from 'recharts';
import { CEPH_VOLUMES, iopsData, LOCAL_DISK } from '../derivations/chart-data';
import { formatNumber } from '../working/format-number';
import { BarPlot } from './bar-plot';
import { ChartFrame } from './chart-frame';
import {
  AXIS_TICK,
  CHART_COLOURS,
  CHART_MARGIN,
  LABEL_FONT_PX,
  TICK_FONT_PX,
  chartSize,
} from './chart-theme';
import type { ChartProps } from './chart-types';
import { iopsFigure } from './iops-figure';

// Ceph's bars are striped as well as coloured, so the two series part on black-and-white paper.
const STRIPES = pattern({ ...patterns.diagonal, color: 'var(--bg)', opacity: 0.6 });

// The legend's items are inline blocks: a kept space after each name stops text taken from the
// page ("Local diskCeph volumes") running the names together.
const legendText = (value: string) => (
  <span style={{ color: CHART_COLOURS.text, whiteSpace: 'pre' }}>{`${value} `}</span>
);

/**
 * Read and write IOPS per VM from the compute node's local drives and, when Cinder volumes are on
 * Ceph, beside them from the pool's OSDs: one scale for both, so the taller bar is the larger.
 */
export function IopsChart({ design, sizing, width }: ChartProps) {
  const figure = iopsFigure(design, sizing);
  const data = iopsData(sizing);
  if (data.volumes.length === 0) {
    return (
      <ChartFrame figure={figure} width={width}>
        <BarPlot bars={data.local} height={figure.height} width={width} />
      </ChartFrame>
    );
  }
  const rows = data.local.map((b, i) => {
    const volume = data.volumes[i]?.value ?? 0;
    return {
      label: b.label,
      local: b.value,
      volumes: volume,
      localText: formatFigure(b.value, 'IOPS'),
      volumesText: formatFigure(volume, 'IOPS'),
    };
  });
  const label = (key: 'localText' | 'volumesText') => (
    <LabelList dataKey={key} position="top" fill={CHART_COLOURS.text} fontSize={LABEL_FONT_PX} />
  );
  return (
    <ChartFrame figure={figure} width={width}>
      <BarChart
        data={rows}
        margin={CHART_MARGIN}
        accessibilityLayer={false}
        {...chartSize(width, figure.height)}
      >
        <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
        <XAxis dataKey="label" tick={AXIS_TICK} stroke={CHART_COLOURS.muted} interval={0} />
        <YAxis
          tick={AXIS_TICK}
          stroke={CHART_COLOURS.muted}
          tickFormatter={(v: number) => formatNumber(v)}
          width="auto"
        />
        <Legend
          verticalAlign="bottom"
          itemSorter={null}
          formatter={legendText}
          wrapperStyle={{ fontSize: TICK_FONT_PX }}
        />
        <Bar
          dataKey="local"
          name={LOCAL_DISK}
          fill={CHART_COLOURS.bar}
          maxBarSize={96}
          isAnimationActive={false}
        >
          {label('localText')}
        </Bar>
        <Bar
          dataKey="volumes"
          name={CEPH_VOLUMES}
          fill={{ color: CHART_COLOURS.second, definition: STRIPES }}
          stroke={CHART_COLOURS.second}
          maxBarSize={96}
          isAnimationActive={false}
        >
          {label('volumesText')}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
