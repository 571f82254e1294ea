import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  ReferenceArea,
  XAxis,
  YAxis,
} from 'recharts';
import { growthChartData } from '../derivations/growth-chart-data';
import { ROLE_LABELS } from '../engine/logical/node-roles';
import { formatNumber } from '../working/format-number';
import { ChartFrame } from './chart-frame';
import { AXIS_TICK, CHART_COLOURS, LABEL_FONT_PX, TICK_FONT_PX, chartSize } from './chart-theme';
import type { ChartProps } from './chart-types';
import { BUY_NOTE, growthFigure, SIZED_FOR_NOTE } from './growth-figure';
import { roleFill, SegmentCount, yearTick } from './growth-marks';
import { formatFigure } from '../working/format-figure';

const TWO_LINE_AXIS_PX = 54;
const MARGIN = { top: 36, right: 8, bottom: 8, left: 8 } as const;

const COMPACT_AFTER_YEARS = 4;

/*
 * The bars keep to the lower part of the plot and the RAM line with its labels to the upper part,
 * so a label never lands on a bar top whatever the two axes' scales.
 */
const BARS_SHARE = 0.6;
const LINE_FROM = 0.7;

/** A RAM axis that puts the lowest year at LINE_FROM of the height and leaves room above. */
function ramDomain(values: readonly number[]): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values) * 1.1 || 1;
  return [(low - LINE_FROM * high) / (1 - LINE_FROM), high];
}

const legendText = (value: string) => <span style={{ color: CHART_COLOURS.text }}>{value}</span>;

/**
 * Nodes per role stacked per year, with the RAM installed as a line on its own axis. Years a
 * purchase falls due say "buy" under their label; the year the design is sized for is shaded.
 */
export function GrowthChart({ design, sizing, width }: ChartProps) {
  const figure = growthFigure(design, sizing);
  const data = growthChartData(sizing.report.growth);
  // Past a few years the bands narrow: the year alone after the first, and no labels on the line.
  const compact = data.years.length > COMPACT_AFTER_YEARS;
  const rows = data.years.map((y, i) => ({
    label: compact && i > 0 ? `${y.year}` : `Year ${y.year}`,
    ...y.nodes,
    ram: y.ram,
    ramText: `${formatFigure(y.ram, data.ramUnit)} ${data.ramUnit}`,
    buy: y.purchaseDue,
  }));
  // One year alone needs no band to tell it from the others; the caption says why it is alone.
  const sizedFor =
    data.singleYear === null ? rows.find((_, i) => data.years[i]?.sizedFor) : undefined;
  const size = chartSize(width, figure.height);
  const mostNodes = Math.max(
    1,
    ...data.years.map((y) => data.roles.reduce((sum, role) => sum + y.nodes[role], 0)),
  );
  const ramAxis = ramDomain(data.years.map((y) => y.ram));
  return (
    <ChartFrame figure={figure} width={width}>
      <ComposedChart data={rows} margin={MARGIN} accessibilityLayer={false} {...size}>
        <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} yAxisId="nodes" />
        {sizedFor ? (
          <ReferenceArea
            yAxisId="nodes"
            x1={sizedFor.label}
            x2={sizedFor.label}
            fill={CHART_COLOURS.grid}
            fillOpacity={0.35}
            stroke={CHART_COLOURS.text}
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{
              value: SIZED_FOR_NOTE,
              position: 'top',
              fill: CHART_COLOURS.text,
              fontSize: TICK_FONT_PX,
              fontWeight: 700,
            }}
          />
        ) : null}
        <XAxis
          dataKey="label"
          tick={yearTick(rows, compact ? BUY_NOTE : `▲ ${BUY_NOTE}`)}
          height={TWO_LINE_AXIS_PX}
          stroke={CHART_COLOURS.muted}
          interval={0}
        />
        <YAxis
          yAxisId="nodes"
          tick={AXIS_TICK}
          stroke={CHART_COLOURS.muted}
          allowDecimals={false}
          domain={[0, Math.ceil(mostNodes / BARS_SHARE)]}
          tickFormatter={(v: number) => formatNumber(v)}
          width="auto"
          label={{ value: 'Nodes', angle: -90, position: 'insideLeft', fill: CHART_COLOURS.text }}
        />
        <YAxis
          yAxisId="ram"
          orientation="right"
          tick={AXIS_TICK}
          stroke={CHART_COLOURS.muted}
          domain={ramAxis}
          allowDataOverflow
          // The axis reaches below the data only to make room for the bars: it marks the years' RAM.
          ticks={[...new Set(data.years.map((y) => y.ram))]}
          tickFormatter={(v: number) => formatNumber(v)}
          width="auto"
          label={{
            value: `RAM installed (${data.ramUnit})`,
            angle: 90,
            position: 'insideRight',
            fill: CHART_COLOURS.text,
          }}
        />
        <Legend
          verticalAlign="bottom"
          itemSorter={null}
          formatter={legendText}
          wrapperStyle={{ fontSize: TICK_FONT_PX }}
        />
        {data.roles.map((role) => (
          <Bar
            key={role}
            yAxisId="nodes"
            dataKey={role}
            stackId="nodes"
            name={ROLE_LABELS[role]}
            fill={roleFill(role)}
            stroke={CHART_COLOURS.text}
            isAnimationActive={false}
            maxBarSize={96}
          >
            <LabelList dataKey={role} content={SegmentCount} />
          </Bar>
        ))}
        <Line
          yAxisId="ram"
          dataKey="ram"
          name={`RAM installed (${data.ramUnit})`}
          stroke={CHART_COLOURS.installed}
          strokeWidth={3}
          strokeDasharray="8 4"
          dot={{ r: 6, fill: 'var(--bg)', stroke: CHART_COLOURS.installed, strokeWidth: 2 }}
          isAnimationActive={false}
        >
          {compact ? null : (
            <LabelList
              dataKey="ramText"
              position="top"
              offset={10}
              fill={CHART_COLOURS.text}
              fontSize={LABEL_FONT_PX}
              halo={{ stroke: 'var(--bg)', strokeWidth: 5 }}
            />
          )}
        </Line>
      </ComposedChart>
    </ChartFrame>
  );
}
