import type { RacksReport } from '../engine/report/plan-report-types';
import { formatNumber } from '../working/format-number';
import { Block, UnitNumbers } from './rack-block';
import { RACK, type PlacedColumn, type RackLayout } from './rack-layout';
import { lossLines, rackSpan } from './rack-words';
import { formatFigure } from '../working/format-figure';

const text = { fill: 'var(--fg)', fontSize: RACK.textPx } as const;

type ColumnProps = { prefix: string; placed: PlacedColumn; racks: RacksReport; marked: boolean };

function Column({ prefix, placed, racks, marked }: ColumnProps) {
  const { column, x } = placed;
  const alike = column.lastRack - column.firstRack + 1;
  const used = racks.unitsPerRack - column.elevation.freeUnits;
  const footer = [
    `${formatNumber(used)}U of ${formatNumber(racks.unitsPerRack)} used`,
    `${formatFigure(column.kw, 'kW')} kW · ${formatNumber(column.elevation.portsPerSwitch)} ports/switch`,
  ];
  const loss = marked ? lossLines(racks) : [];
  return (
    <g data-rack={column.firstRack} data-racks={alike} data-fullest={marked ? '' : undefined}>
      <text x={x} y={placed.top + 16} fontSize={16} fontWeight={700} fill="var(--fg)">
        {alike > 1 ? `Rack ${column.firstRack} × ${alike}` : `Rack ${column.firstRack}`}
      </text>
      {alike > 1 ? (
        <text x={x} y={placed.top + 34} {...text} fill="var(--muted)">
          {`${rackSpan(column.firstRack, column.lastRack)} alike`}
        </text>
      ) : null}
      <UnitNumbers placed={placed} units={racks.unitsPerRack} />
      {placed.blocks.map((block) => (
        <Block key={`${block.y}`} prefix={prefix} x={x} block={block} />
      ))}
      <rect
        x={x - 1}
        y={placed.bodyTop - 1}
        width={RACK.bodyWidth + 2}
        height={placed.bodyHeight + 2}
        fill="none"
        stroke="var(--fg)"
        strokeWidth={2}
      />
      {marked ? (
        // Dashed and set off from the rack, so it reads as a mark on grey paper too.
        <rect
          x={x - 5}
          y={placed.bodyTop - 5}
          width={RACK.bodyWidth + 10}
          height={placed.bodyHeight + 10}
          fill="none"
          stroke="var(--error)"
          strokeWidth={3}
          strokeDasharray="10 5"
        />
      ) : null}
      {[...footer, ...loss].map((line, i) => (
        <text
          key={line}
          x={x}
          y={placed.footerTop + (i + 1) * RACK.footerLine - 4}
          {...text}
          fontWeight={i >= footer.length ? 700 : 400}
        >
          {line}
        </text>
      ))}
    </g>
  );
}

type DrawingProps = { prefix: string; layout: RackLayout; racks: RacksReport; notDrawn: number };

export function RackColumns({ prefix, layout, racks, notDrawn }: DrawingProps) {
  // The design checks keep every node within one rack, so this is a guard, not a state to design.
  if (layout.columns.length === 0)
    return (
      <text x={RACK.pad} y={RACK.pad + 20} fontSize={16} fill="var(--fg)">
        No rack layout to draw.
      </text>
    );
  return (
    <>
      {layout.columns.map((placed) => (
        <Column
          key={placed.column.firstRack}
          prefix={prefix}
          placed={placed}
          racks={racks}
          marked={racks.rackLoss.enabled && placed.column.fullest}
        />
      ))}
      {layout.more ? (
        <text
          x={layout.more.x}
          y={layout.more.y + 20}
          fontSize={16}
          fontWeight={700}
          fill="var(--fg)"
        >
          <tspan x={layout.more.x}>{`+ ${formatNumber(notDrawn)} more racks`}</tspan>
          <tspan x={layout.more.x} dy={20} fontSize={RACK.textPx} fontWeight={400}>
            not drawn
          </tspan>
        </text>
      ) : null}
    </>
  );
}
