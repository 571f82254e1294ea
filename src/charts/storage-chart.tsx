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
  type YAxisTickContentProps,
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
import { fillNote, STORAGE_SERIES, storageFigure } from './storage-figure';

// Usable data is striped as well as coloured, so the three series part on black-and-white paper:
// striped, plain, and outlined as installed figures are in the other charts.
const STRIPES = pattern({ ...patterns.diagonal, color: 'var(--bg)', opacity: 0.6 });

/** Wide enough for "Instance disks" at the tick size; longer names break over lines. */
const AXIS_LABEL_PX = 150;
/** Room right of the longest bar for its value. */
const VALUE_ROOM_PX = 56;
const MARGIN = { ...CHART_MARGIN, top: 8, right: VALUE_ROOM_PX };

type PlotRow = {
  label: string;
  lines: string[];
  data: number | null;
  rawNeeded: number | null;
  rawInstalled: number | null;
  dataText: string | undefined;
  rawNeededText: string | undefined;
  rawInstalledText: string | undefined;
};

const legendText = (value: string) => <span style={{ color: CHART_COLOURS.text }}>{value}</span>;
const text = (value: number | null) => (value === null ? undefined : formatNumber(value));

/** The row's name, what keeps it in brackets, and for the cluster how full it is. */
function rowTick(rows: readonly PlotRow[]) {
  return function RowTick(props: YAxisTickContentProps) {
    const lines = rows[props.index]?.lines ?? [];
    const first = -((lines.length - 1) * 1.1) / 2 + 0.35;
    return (
      <text
        x={props.x}
        y={props.y}
        textAnchor="end"
        fill={CHART_COLOURS.text}
        fontSize={TICK_FONT_PX}
      >
        {lines.map((line, i) => (
          <tspan key={line} x={props.x} dy={`${i === 0 ? first : 1.1}em`}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

/**
 * Per pool, for the whole cluster and for the compute nodes' local disks: the usable data, the
 * raw space it takes once copied or erasure-coded, and the raw drives installed, as horizontal
 * bars so the pools' names read in full.
 */
export function StorageChart({ design, sizing, width }: ChartProps) {
  const figure = storageFigure(design, sizing);
  const data = storageData(sizing);
  const rows: PlotRow[] = data.rows.map((r) => {
    const fill = fillNote(data, r);
    return {
      label: r.label,
      lines: [r.name, `(${r.keeper})`, ...(fill === null ? [] : [fill])],
      data: r.data,
      rawNeeded: r.rawNeeded,
      rawInstalled: r.rawInstalled,
      dataText: text(r.data),
      rawNeededText: text(r.rawNeeded),
      rawInstalledText: text(r.rawInstalled),
    };
  });
  const size = chartSize(width, figure.height);
  const label = (key: keyof PlotRow) => (
    <LabelList dataKey={key} position="right" fill={CHART_COLOURS.text} fontSize={LABEL_FONT_PX} />
  );
  return (
    <ChartFrame figure={figure} width={width}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={MARGIN}
        barGap={2}
        accessibilityLayer={false}
        {...size}
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
        <XAxis
          type="number"
          tick={AXIS_TICK}
          stroke={CHART_COLOURS.muted}
          tickFormatter={(v: number) => formatNumber(v)}
        />
        <YAxis
          type="category"
          dataKey="label"
          tick={rowTick(rows)}
          width={AXIS_LABEL_PX}
          stroke={CHART_COLOURS.muted}
          interval={0}
        />
        <Legend
          verticalAlign="bottom"
          itemSorter={null}
          formatter={legendText}
          wrapperStyle={{ fontSize: TICK_FONT_PX }}
        />
        <Bar
          dataKey="data"
          name={STORAGE_SERIES.data}
          fill={{ color: CHART_COLOURS.second, definition: STRIPES }}
          stroke={CHART_COLOURS.second}
          isAnimationActive={false}
        >
          {label('dataText')}
        </Bar>
        <Bar
          dataKey="rawNeeded"
          name={STORAGE_SERIES.rawNeeded}
          fill={CHART_COLOURS.bar}
          isAnimationActive={false}
        >
          {label('rawNeededText')}
        </Bar>
        <Bar
          dataKey="rawInstalled"
          name={STORAGE_SERIES.rawInstalled}
          fill={CHART_COLOURS.emphasis}
          stroke={CHART_COLOURS.text}
          strokeWidth={2}
          isAnimationActive={false}
        >
          {label('rawInstalledText')}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
