import type { XAxisTickContentProps } from 'recharts';
import { CHART_COLOURS, TICK_FONT_PX } from './chart-theme';

export type TickRow = { label: string; note?: string | undefined };

/**
 * An x-axis label with an optional bold note on a line of its own under it ("(binding)",
 * "▲ buy"), so narrow bars keep their labels apart and the note reads in black and white.
 */
export function twoLineTick(rows: readonly TickRow[]) {
  return function TwoLineTick(props: XAxisTickContentProps) {
    const row = rows[props.index];
    return (
      <text
        x={props.x}
        y={props.y}
        textAnchor="middle"
        fill={CHART_COLOURS.text}
        fontSize={TICK_FONT_PX}
      >
        <tspan x={props.x} dy="0.9em">
          {row?.label}
        </tspan>
        {row?.note === undefined ? null : (
          <tspan x={props.x} dy="1.2em" fontWeight={700}>
            {row.note}
          </tspan>
        )}
      </text>
    );
  };
}
