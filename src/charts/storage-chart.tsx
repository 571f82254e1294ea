import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Rectangle,
  XAxis,
  YAxis,
  pattern,
  patterns,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { storageData, type StorageRow } from '../derivations/chart-data';
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
import { formatFigure } from '../working/format-figure';

type Series = keyof typeof STORAGE_SERIES;
const SERIES: readonly Series[] = ['data', 'rawNeeded', 'rawInstalled'];

// Usable data is striped as well as coloured, so the three series part on black-and-white paper:
// striped, plain, and outlined as installed figures are in the other charts.
const Stripes = pattern({ ...patterns.diagonal, color: 'var(--bg)', opacity: 0.6 });

const COLOURS: Record<Series, string> = {
  data: CHART_COLOURS.second,
  rawNeeded: CHART_COLOURS.bar,
  rawInstalled: CHART_COLOURS.installed,
};

/** Wide enough for "(compute nodes)" at the tick size. */
const AXIS_LABEL_PX = 150;
/** Room right of the longest bar for its value. */
const VALUE_ROOM_PX = 56;
const MARGIN = { ...CHART_MARGIN, top: 8, right: VALUE_ROOM_PX };
const SWATCH_PX = 14;

/**
 * Every row has two of the three figures (a pool its data and raw needed, the cluster raw needed
 * and installed, local disks data and installed), so each row draws two bars in two slots and
 * each bar says which series it is: no empty slot widens the rows.
 */
type PlotRow = {
  label: string;
  lines: string[];
  first: number | null;
  second: number | null;
  series: [Series | undefined, Series | undefined];
  firstText: string | undefined;
  secondText: string | undefined;
};

function plotRow(r: StorageRow, fill: string | null): PlotRow {
  const shown = SERIES.filter((s) => r[s] !== null);
  const value = (s: Series | undefined) => (s === undefined ? null : r[s]);
  const text = (s: Series | undefined) => {
    const v = value(s);
    return v === null ? undefined : formatFigure(v, 'GB');
  };
  return {
    label: r.label,
    lines: [r.name, `(${r.keeper})`, ...(fill === null ? [] : [fill])],
    first: value(shown[0]),
    second: value(shown[1]),
    series: [shown[0], shown[1]],
    firstText: text(shown[0]),
    secondText: text(shown[1]),
  };
}

function paint(series: Series, stripesId: string): string {
  return series === 'data' ? `url(#${stripesId})` : COLOURS[series];
}

function barShape(rows: readonly PlotRow[], slot: 0 | 1, stripesId: string) {
  return function StorageBar(props: BarShapeProps) {
    const series = rows[props.index]?.series[slot];
    if (series === undefined) return null;
    const installed = series === 'rawInstalled';
    return (
      <Rectangle
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={paint(series, stripesId)}
        stroke={installed ? CHART_COLOURS.text : COLOURS[series]}
        strokeWidth={installed ? 2 : 1}
      />
    );
  };
}

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
 * The three series, named as in the table. Plain inline text between the items keeps the names
 * apart in text taken from the page, which the default legend's inline blocks run together.
 */
function StorageLegend({ stripesId }: { stripesId: string }) {
  return (
    <p
      style={{ margin: 0, textAlign: 'center', fontSize: TICK_FONT_PX, color: CHART_COLOURS.text }}
    >
      {SERIES.map((s, i) => (
        <span key={s}>
          {i > 0 && ' '}
          <span style={{ whiteSpace: 'nowrap', marginRight: '0.75em' }}>
            <svg
              width={SWATCH_PX}
              height={SWATCH_PX}
              style={{ verticalAlign: 'middle', marginRight: 4 }}
              aria-hidden="true"
            >
              <defs>
                <Stripes
                  id={`${stripesId}-key`}
                  color={COLOURS.data}
                  bounds={{ width: SWATCH_PX, height: SWATCH_PX }}
                />
              </defs>
              <rect
                x={1}
                y={1}
                width={SWATCH_PX - 2}
                height={SWATCH_PX - 2}
                fill={s === 'data' ? `url(#${stripesId}-key)` : COLOURS[s]}
                stroke={s === 'rawInstalled' ? CHART_COLOURS.text : COLOURS[s]}
                strokeWidth={s === 'rawInstalled' ? 2 : 1}
              />
            </svg>
            {STORAGE_SERIES[s]}
          </span>
        </span>
      ))}
    </p>
  );
}

/**
 * Per pool, for the whole cluster and for the compute nodes' local disks: the usable data, the
 * raw space it takes once copied or erasure-coded, and the raw drives installed, as horizontal
 * bars so the pools' names read in full.
 */
export function StorageChart({ design, sizing, width }: ChartProps) {
  const figure = storageFigure(design, sizing);
  const data = storageData(sizing);
  // Results and the printed summary can be in the page at once: each drawing its own pattern.
  const stripesId = `storage-stripes-${useId().replace(/:/g, '')}`;
  const rows = data.rows.map((r) => plotRow(r, fillNote(data, r)));
  const label = (key: 'firstText' | 'secondText') => (
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
        {...chartSize(width, figure.height)}
      >
        <defs>
          <Stripes id={stripesId} color={COLOURS.data} />
        </defs>
        <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
        <XAxis
          type="number"
          tick={AXIS_TICK}
          stroke={CHART_COLOURS.muted}
          tickFormatter={(v: number) => formatFigure(v, 'GB')}
        />
        <YAxis
          type="category"
          dataKey="label"
          tick={rowTick(rows)}
          width={AXIS_LABEL_PX}
          stroke={CHART_COLOURS.muted}
          interval={0}
        />
        <Legend verticalAlign="bottom" content={<StorageLegend stripesId={stripesId} />} />
        <Bar dataKey="first" shape={barShape(rows, 0, stripesId)} isAnimationActive={false}>
          {label('firstText')}
        </Bar>
        <Bar dataKey="second" shape={barShape(rows, 1, stripesId)} isAnimationActive={false}>
          {label('secondText')}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
