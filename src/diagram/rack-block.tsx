import { RACK, type PlacedBlock, type PlacedColumn } from './rack-layout';
import { RackSwatch, type RackItem } from './rack-textures';

/** What each kind of block is called in its label and the legend. */
export const ITEM_LABELS: Record<RackItem, string> = {
  controller: 'Controller',
  network: 'Network',
  compute: 'Compute',
  storage: 'Storage',
  switch: 'Switch',
  empty: 'Empty',
};

const STRIP_WIDTH = 18;
const text = { fill: 'var(--fg)', fontSize: RACK.textPx } as const;

/** A node or switch with its role strip and number, or a run of empty units saying how many. */
export function Block({ prefix, x, block }: { prefix: string; x: number; block: PlacedBlock }) {
  const mid = block.y + block.height / 2;
  if (block.kind === 'empty') {
    return (
      <g data-empty-units={block.units}>
        <rect
          x={x + 3}
          y={block.y + 1.5}
          width={RACK.bodyWidth - 6}
          height={block.height - 3}
          fill="none"
          stroke="var(--muted)"
          strokeDasharray="4 3"
        />
        {block.height >= RACK.unitPx ? (
          <text
            x={x + RACK.bodyWidth / 2}
            y={mid}
            textAnchor="middle"
            dominantBaseline="central"
            {...text}
            fontSize={RACK.textPx}
            fill="var(--muted)"
          >
            {`${block.units}U empty`}
          </text>
        ) : null}
      </g>
    );
  }
  const label =
    block.role === 'switch'
      ? `Switch ${block.index} · MLAG`
      : `${ITEM_LABELS[block.role]} ${block.index}`;
  return (
    <g data-slot={block.role} data-index={block.index}>
      <rect
        x={x}
        y={block.y}
        width={RACK.bodyWidth}
        height={block.height}
        fill="var(--surface)"
        stroke="var(--fg)"
      />
      <RackSwatch
        prefix={prefix}
        item={block.role}
        x={x}
        y={block.y}
        width={STRIP_WIDTH}
        height={block.height}
      />
      <text
        x={x + STRIP_WIDTH + 6}
        y={mid}
        dominantBaseline="central"
        {...text}
        fontWeight={block.role === 'switch' ? 700 : 400}
      >
        {label}
      </text>
    </g>
  );
}

/** Every unit numbered from 1 at the bottom, as rack rails are. */
export function UnitNumbers({ placed, units }: { placed: PlacedColumn; units: number }) {
  const numbers: number[] = [];
  for (let u = units; u >= 1; u--) numbers.push(u);
  return (
    <g aria-hidden="true">
      {numbers.map((u) => (
        <text
          key={u}
          x={placed.x - 9}
          y={placed.bodyTop + (units - u + 0.5) * RACK.unitPx}
          textAnchor="end"
          dominantBaseline="central"
          fontSize={RACK.textPx}
          fill="var(--muted)"
        >
          {u}
        </text>
      ))}
    </g>
  );
}
