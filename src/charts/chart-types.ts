import type { Design } from '../design/design-schema';
import type { Sizing } from '../engine/report/report-types';

/**
 * What every chart takes. Without `width` a chart fills its container; with it, it draws at
 * that many pixels, which is what print needs (a measured container prints blank).
 */
export type ChartProps = { design: Design; sizing: Sizing; width?: number | undefined };

export type ChartId =
  | 'node-counts'
  | 'cores'
  | 'ram'
  | 'slot-map'
  | 'iops'
  | 'bandwidth'
  | 'storage'
  | 'growth'
  | 'profiles'
  | 'cost-years';

export type ChartTableRow = {
  key: string;
  label: string;
  values: readonly string[];
  emphasis?: boolean;
};

/** The chart's numbers as text: the accessible alternative and what print shows beside it. */
export type ChartTable = { columns: readonly string[]; rows: readonly ChartTableRow[] };

/** Everything about a chart except its drawing, so it can show before the drawing loads. */
export type ChartFigure = {
  id: ChartId;
  caption: string;
  /** Read out for the drawing: the numbers in one sentence. */
  summary: string;
  table: ChartTable;
  /** Height reserved for the drawing, in pixels. */
  height: number;
  /** A table too wide to sit beside the drawing in print: it stays under it. */
  wideTable?: boolean;
};
