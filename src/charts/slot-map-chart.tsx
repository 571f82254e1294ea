import { dimmBoardOf, slotMapData } from '../derivations/slot-map-data';
import { formatNumber } from '../working/format-number';
import { ChartFrame } from './chart-frame';
import { CHART_COLOURS } from './chart-theme';
import type { ChartProps } from './chart-types';
import { slotMapFigure } from './slot-map-figure';
import { layoutSlotMap, SLOT, type PlacedSlot } from './slot-map-layout';

function Slot({ slot, stickText }: { slot: PlacedSlot; stickText: string }) {
  const cx = slot.x + SLOT.width / 2;
  const cy = slot.y + SLOT.height / 2;
  return (
    <g>
      <rect
        x={slot.x}
        y={slot.y}
        width={SLOT.width}
        height={SLOT.height}
        rx={4}
        fill={slot.filled ? CHART_COLOURS.installed : 'none'}
        stroke={slot.filled ? CHART_COLOURS.installed : CHART_COLOURS.muted}
        strokeWidth={1.5}
        // Empty slots are dashed and say so, so filled and empty differ on grey paper too.
        strokeDasharray={slot.filled ? undefined : '5 4'}
      />
      <text
        x={cx}
        y={cy}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={15}
        fill={slot.filled ? 'var(--bg)' : CHART_COLOURS.muted}
        fontWeight={slot.filled ? 600 : 400}
      >
        {slot.filled ? stickText : 'empty'}
      </text>
    </g>
  );
}

/** Plain SVG, not recharts: every slot drawn, filled or empty, grouped by socket and channel. */
export function SlotMapChart({ design, sizing, width }: ChartProps) {
  const figure = slotMapFigure(design, sizing);
  const data = slotMapData(dimmBoardOf(design), sizing.report.memory);
  const layout = layoutSlotMap(data);
  const stickText = `${formatNumber(data.stickGb)} GB`;
  return (
    <ChartFrame figure={figure} width={width}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={width ?? '100%'}
        style={
          width === undefined ? { maxWidth: layout.width, display: 'block' } : { display: 'block' }
        }
        aria-hidden="true"
        focusable="false"
      >
        {layout.sockets.map((socket) => (
          <g key={socket.name}>
            <text
              x={socket.x}
              y={socket.y + 20}
              fontSize={17}
              fontWeight={700}
              fill={CHART_COLOURS.text}
            >
              {socket.name}
            </text>
            {socket.channels.map((channel) => (
              <g key={channel.name}>
                <text
                  x={channel.x}
                  y={channel.y + SLOT.height / 2}
                  dominantBaseline="central"
                  fontSize={16}
                  fill={CHART_COLOURS.text}
                >
                  {channel.name}
                </text>
                {channel.slots.map((slot) => (
                  <Slot key={slot.name} slot={slot} stickText={stickText} />
                ))}
              </g>
            ))}
          </g>
        ))}
      </svg>
    </ChartFrame>
  );
}
