import type { NodeRole } from '../engine/logical/node-roles';
import type { RackColumn, RackDrawing } from '../derivations/rack-drawing';

/** Sizes of the elevation drawing, in SVG units (pixels at full size). */
export const RACK = {
  pad: 12,
  unitPx: 16,
  unitLabelWidth: 26,
  bodyWidth: 156,
  columnGap: 22,
  columnsPerRow: 4,
  headerHeight: 46,
  footerLine: 17,
  footerLines: 2,
  lossLines: 3,
  rowGap: 18,
  legendItemWidth: 190,
  legendRowHeight: 26,
  textPx: 14,
} as const;

export type PlacedBlock =
  | { kind: 'node'; role: NodeRole | 'switch'; index: number; y: number; height: number }
  | { kind: 'empty'; units: number; y: number; height: number };

export type PlacedColumn = {
  column: RackColumn;
  /** Left edge of the rack body; unit numbers sit to its left. */
  x: number;
  /** Top of the header above the rack. */
  top: number;
  bodyTop: number;
  bodyHeight: number;
  blocks: PlacedBlock[];
  footerTop: number;
};

export type RackLayout = {
  width: number;
  height: number;
  unitsPerRack: number;
  columns: PlacedColumn[];
  /** Where the note about racks not drawn goes, after the last column; null if all are drawn. */
  more: { x: number; y: number } | null;
  legendTop: number;
  legendPerRow: number;
};

const COLUMN_WIDTH = RACK.unitLabelWidth + RACK.bodyWidth + RACK.columnGap;

/** Rack units count from 1 at the bottom; SVG y grows downward. */
function blocksOf(column: RackColumn, bodyTop: number, units: number): PlacedBlock[] {
  const yOf = (topUnit: number) => bodyTop + (units - topUnit) * RACK.unitPx;
  const blocks: PlacedBlock[] = [];
  let nextFree = units;
  const empty = (fromTop: number, toBottom: number) => {
    const count = fromTop - toBottom + 1;
    if (count > 0)
      blocks.push({ kind: 'empty', units: count, y: yOf(fromTop), height: count * RACK.unitPx });
  };
  const slots = [...column.elevation.slots].sort((a, b) => b.topUnit - a.topUnit);
  for (const slot of slots) {
    empty(nextFree, slot.topUnit + 1);
    blocks.push({
      kind: 'node',
      role: slot.role,
      index: slot.index,
      y: yOf(slot.topUnit),
      height: slot.rackUnits * RACK.unitPx,
    });
    nextFree = Math.min(nextFree, slot.topUnit - slot.rackUnits);
  }
  empty(nextFree, 1);
  return blocks;
}

/** Columns left to right in rows of a few, each with room under it for its figures. */
export function layoutRacks(
  drawing: RackDrawing,
  unitsPerRack: number,
  legendItems: number,
  lossMarked: boolean,
): RackLayout {
  const bodyHeight = unitsPerRack * RACK.unitPx;
  const footerLines = RACK.footerLines + (lossMarked ? RACK.lossLines : 0);
  const footer = footerLines * RACK.footerLine + 8;
  const rowHeight = RACK.headerHeight + bodyHeight + footer + RACK.rowGap;
  const slots = drawing.columns.length + (drawing.racksNotDrawn > 0 ? 1 : 0);
  const perRow = Math.max(1, Math.min(RACK.columnsPerRow, slots));
  const rows = Math.max(1, Math.ceil(slots / perRow));
  const columns = drawing.columns.map((column, i): PlacedColumn => {
    const top = RACK.pad + Math.floor(i / perRow) * rowHeight;
    const x = RACK.pad + (i % perRow) * COLUMN_WIDTH + RACK.unitLabelWidth;
    const bodyTop = top + RACK.headerHeight;
    return {
      column,
      x,
      top,
      bodyTop,
      bodyHeight,
      blocks: blocksOf(column, bodyTop, unitsPerRack),
      footerTop: bodyTop + bodyHeight + 8,
    };
  });
  const last = drawing.columns.length;
  const more =
    drawing.racksNotDrawn > 0
      ? {
          x: RACK.pad + (last % perRow) * COLUMN_WIDTH + RACK.unitLabelWidth,
          y: RACK.pad + Math.floor(last / perRow) * rowHeight + RACK.headerHeight,
        }
      : null;
  const width = Math.max(
    2 * RACK.pad + perRow * COLUMN_WIDTH - RACK.columnGap,
    2 * RACK.pad + 2 * RACK.legendItemWidth,
  );
  const legendPerRow = Math.max(1, Math.floor((width - 2 * RACK.pad) / RACK.legendItemWidth));
  const legendTop = RACK.pad + rows * rowHeight;
  return {
    width,
    height: legendTop + Math.ceil(legendItems / legendPerRow) * RACK.legendRowHeight + RACK.pad,
    unitsPerRack,
    columns,
    more,
    legendTop,
    legendPerRow,
  };
}
