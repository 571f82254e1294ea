import { RACK, type RackLayout } from './rack-layout';
import { ITEM_LABELS } from './rack-block';
import { RackSwatch, type RackItem } from './rack-textures';

const LEGEND_LABELS: Partial<Record<RackItem, string>> = {
  switch: 'Switch (MLAG pair)',
  empty: 'Empty units',
};

/** One swatch per kind of block drawn, wrapped to the drawing's width. */
export function RackLegend({
  prefix,
  layout,
  items,
}: {
  prefix: string;
  layout: RackLayout;
  items: readonly RackItem[];
}) {
  return (
    <g aria-hidden="true">
      {items.map((item, i) => {
        const x = RACK.pad + (i % layout.legendPerRow) * RACK.legendItemWidth;
        const y = layout.legendTop + Math.floor(i / layout.legendPerRow) * RACK.legendRowHeight;
        return (
          <g key={item}>
            <RackSwatch prefix={prefix} item={item} x={x} y={y} width={18} height={16} />
            <text
              x={x + 24}
              y={y + 8}
              dominantBaseline="central"
              fontSize={RACK.textPx}
              fill="var(--fg)"
            >
              {LEGEND_LABELS[item] ?? ITEM_LABELS[item]}
            </text>
          </g>
        );
      })}
    </g>
  );
}
