import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../working/format-number';
import { ChartFrame } from './chart-frame';
import {
  AXIS_TICK,
  CHART_COLOURS,
  CHART_MARGIN,
  INSTALLED,
  NEEDED,
  TICK_FONT_PX,
  chartSize,
} from './chart-theme';
import type { ChartProps } from './chart-types';
import { COST_PARTS, costYearsFigure } from './cost-figures';

/** Hardware is what is installed, power what is drawn; support, a share of the hardware, is muted. */
const PART_FILL = { capital: INSTALLED, power: NEEDED, support: CHART_COLOURS.muted } as const;

const SWATCH_PX = 14;

/**
 * The three parts, named as in the table. Plain spaces between the items keep the names apart in
 * text taken from the page, which the default legend's inline blocks run together.
 */
function CostLegend() {
  return (
    <p
      style={{ margin: 0, textAlign: 'center', fontSize: TICK_FONT_PX, color: CHART_COLOURS.text }}
    >
      {COST_PARTS.map((part, i) => (
        <span key={part.key}>
          {i > 0 && ' '}
          <span style={{ whiteSpace: 'nowrap', marginRight: '0.75em' }}>
            <svg
              width={SWATCH_PX}
              height={SWATCH_PX}
              style={{ verticalAlign: 'middle', marginRight: 4 }}
              aria-hidden="true"
            >
              <rect
                x={1}
                y={1}
                width={SWATCH_PX - 2}
                height={SWATCH_PX - 2}
                fill={PART_FILL[part.key]}
                stroke={CHART_COLOURS.text}
              />
            </svg>
            {part.label}
          </span>
        </span>
      ))}
    </p>
  );
}

export function CostYearsChart({ design, sizing, width }: ChartProps) {
  const figure = costYearsFigure(design, sizing);
  const rows = sizing.report.cost.years.map((y) => ({
    label: `Year ${y.year}`,
    capital: Math.round(y.capital),
    power: Math.round(y.power),
    support: Math.round(y.support),
  }));
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
        <Legend verticalAlign="bottom" content={<CostLegend />} />
        {COST_PARTS.map((part) => (
          <Bar
            key={part.key}
            dataKey={part.key}
            name={part.label}
            stackId="cost"
            fill={PART_FILL[part.key]}
            stroke={CHART_COLOURS.text}
            isAnimationActive={false}
            maxBarSize={96}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
