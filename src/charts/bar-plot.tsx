import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, XAxis, YAxis } from 'recharts';
import type { BarShapeProps } from 'recharts';
import type { ChartBar } from '../derivations/chart-data';
import { formatNumber } from '../working/format-number';
import { AXIS_TICK, CHART_COLOURS, CHART_MARGIN, LABEL_FONT_PX, chartSize } from './chart-theme';
import { twoLineTick } from './two-line-tick';

type BarPlotProps = {
  bars: readonly ChartBar[];
  height: number;
  width?: number | undefined;
  /** Added to the emphasised bar's axis label, so the emphasis survives black-and-white print. */
  emphasisNote?: string;
  /** Shown after each bar's value, e.g. "GB". */
  unit?: string;
  /** Keeps room for a note under the labels even without one, to line up with a plot beside. */
  noteLine?: boolean;
};

type PlotRow = {
  label: string;
  note: string | undefined;
  value: number;
  text: string;
  emphasis: boolean;
};

const ONE_LINE_AXIS_PX = 30;
const TWO_LINE_AXIS_PX = 54;

/**
 * A single series of labelled bars, each with its value printed on top so it reads on a
 * projector and on paper. Emphasised bars get another colour and a dark outline.
 */
export function BarPlot({ bars, height, width, emphasisNote, unit, noteLine }: BarPlotProps) {
  const rows: PlotRow[] = bars.map((b) => ({
    label: b.label,
    note: b.emphasis && emphasisNote ? `(${emphasisNote})` : undefined,
    value: b.value,
    text: unit ? `${formatNumber(b.value)} ${unit}` : formatNumber(b.value),
    emphasis: b.emphasis,
  }));
  const shape = (props: BarShapeProps) => {
    const emphasis = rows[props.index]?.emphasis ?? false;
    return (
      <Rectangle
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={emphasis ? CHART_COLOURS.emphasis : CHART_COLOURS.bar}
        stroke={emphasis ? CHART_COLOURS.text : 'none'}
        strokeWidth={emphasis ? 2 : 0}
      />
    );
  };
  const tick = twoLineTick(rows);
  const hasNote = noteLine === true || rows.some((r) => r.note !== undefined);
  const size = chartSize(width, height);
  return (
    <BarChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false} {...size}>
      <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
      <XAxis
        dataKey="label"
        tick={tick}
        height={hasNote ? TWO_LINE_AXIS_PX : ONE_LINE_AXIS_PX}
        stroke={CHART_COLOURS.muted}
        interval={0}
      />
      <YAxis
        tick={AXIS_TICK}
        stroke={CHART_COLOURS.muted}
        tickFormatter={(v: number) => formatNumber(v)}
        width="auto"
      />
      <Bar dataKey="value" isAnimationActive={false} shape={shape} maxBarSize={96}>
        <LabelList
          dataKey="text"
          position="top"
          fill={CHART_COLOURS.text}
          fontSize={LABEL_FONT_PX}
        />
      </Bar>
    </BarChart>
  );
}
