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
import { storageData } from '../derivations/chart-data';
import { formatNumber } from '../working/format-number';
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
import { storageFigure } from './storage-figure';

// Raw bars are striped as well as coloured, so the two series part on black-and-white paper.
const STRIPES = pattern({ ...patterns.diagonal, color: 'var(--bg)', opacity: 0.6 });

const legendText = (value: string) => <span style={{ color: CHART_COLOURS.text }}>{value}</span>;

export function StorageChart({ design, sizing, width }: ChartProps) {
  const figure = storageFigure(design, sizing);
  const rows = storageData(sizing).rows.map((r) => ({
    label: r.label,
    usable: r.usable,
    raw: r.raw,
    usableText: formatNumber(r.usable),
    rawText: formatNumber(r.raw),
  }));
  const size = chartSize(width, figure.height);
  return (
    <ChartFrame figure={figure} width={width}>
      <BarChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false} {...size}>
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
        <Bar dataKey="usable" name="Usable" fill={CHART_COLOURS.bar} isAnimationActive={false}>
          <LabelList
            dataKey="usableText"
            position="top"
            fill={CHART_COLOURS.text}
            fontSize={LABEL_FONT_PX}
          />
        </Bar>
        <Bar
          dataKey="raw"
          name="Raw"
          fill={{ color: CHART_COLOURS.second, definition: STRIPES }}
          stroke={CHART_COLOURS.text}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="rawText"
            position="top"
            fill={CHART_COLOURS.text}
            fontSize={LABEL_FONT_PX}
          />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
