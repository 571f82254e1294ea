import type { RackGroup, RacksReport } from '../engine/report/plan-report-types';
import { rackElevation, type RackElevation, type RackGeometry } from './rack-elevation';
import { tidy } from '../engine/report/rounding';

/** One column of the elevation drawing: a rack, or the first of several identical racks. */
export type RackColumn = {
  firstRack: number;
  lastRack: number;
  /** What sits where in `firstRack`; the other racks of the column hold the same. */
  elevation: RackElevation;
  kw: number;
  /** The rack with the most compute nodes: the one whose loss the design must survive. */
  fullest: boolean;
};

/** A run of identical racks, for the words beside the drawing. */
export type RackRun = {
  firstRack: number;
  lastRack: number;
  nodes: RackGroup['nodes'];
  unitsUsed: number;
  kw: number;
  portsPerSwitch: number;
};

export type RackDrawing = {
  columns: RackColumn[];
  /** Every run of identical racks, drawn or not. */
  runs: RackRun[];
  /** Racks after the last column drawn, summarised in words instead. */
  racksNotDrawn: number;
  /** The first rack holding the most compute nodes, drawn or not; null without a layout. */
  fullestRack: number | null;
};

/** Past this many columns a drawing stops being readable on a page. */
export const MOST_RACK_COLUMNS = 8;

function fullestGroup(layout: readonly RackGroup[]): RackGroup | undefined {
  let best: RackGroup | undefined;
  for (const g of layout) if (!best || g.nodes.compute > best.nodes.compute) best = g;
  return best;
}

/**
 * The racks to draw. A few racks are drawn one by one; more are drawn one column per run of
 * identical racks (the layout's groups), and past `most` columns the rest are only counted.
 */
export function rackDrawing(
  spec: RackGeometry,
  racks: RacksReport,
  most = MOST_RACK_COLUMNS,
): RackDrawing {
  const fullest = fullestGroup(racks.layout)?.firstRack ?? null;
  const spans: { first: number; last: number }[] = [];
  if (racks.count <= most) {
    for (let rack = 1; rack <= racks.count; rack++) spans.push({ first: rack, last: rack });
  } else {
    for (const g of racks.layout.slice(0, most))
      spans.push({ first: g.firstRack, last: g.firstRack + g.rackCount - 1 });
  }
  const columns: RackColumn[] = [];
  for (const span of spans) {
    const elevation = rackElevation(spec, racks, span.first);
    if (!elevation) continue;
    columns.push({
      firstRack: span.first,
      lastRack: span.last,
      elevation,
      kw: tidy(elevation.watts / 1000),
      fullest: span.first <= (fullest ?? 0) && (fullest ?? 0) <= span.last,
    });
  }
  const lastDrawn = columns[columns.length - 1]?.lastRack ?? 0;
  const runs = racks.layout.map((g): RackRun => ({
    firstRack: g.firstRack,
    lastRack: g.firstRack + g.rackCount - 1,
    nodes: g.nodes,
    unitsUsed: g.unitsUsed,
    kw: tidy(g.watts / 1000),
    portsPerSwitch: g.portsPerSwitch,
  }));
  return {
    columns,
    runs,
    racksNotDrawn: Math.max(0, racks.count - lastDrawn),
    fullestRack: fullest,
  };
}
