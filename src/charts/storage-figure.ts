import type { Design } from '../design/design-schema';
import { storageData, type StorageData, type StorageRow } from '../derivations/chart-data';
import type { Sizing } from '../engine/report/report-types';
import { percentText } from '../figures/plan-format';
import type { ChartFigure } from './chart-types';
import { formatFigure } from '../working/format-figure';

/** The three series, named alike in the legend, the table and the sentence read out. */
export const STORAGE_SERIES = {
  data: 'Usable data',
  rawNeeded: 'Raw needed',
  rawInstalled: 'Raw installed',
} as const;

/** Room for the axis and legend, and for each row's two bars. */
const FRAME_PX = 70;
const ROW_PX = 46;

export function storageChartHeight(rows: number): number {
  return FRAME_PX + Math.max(1, rows) * ROW_PX;
}

// GB or TB: one decimal at most.
const n = (value: number) => formatFigure(value, 'GB');
const cell = (value: number | null) => (value === null ? '—' : n(value));

function rowSentence(label: string, r: StorageRow, unit: string): string {
  const parts: string[] = [];
  if (r.data !== null) parts.push(`${n(r.data)} ${unit} data`);
  if (r.rawNeeded !== null) parts.push(`${n(r.rawNeeded)} ${unit} raw needed`);
  if (r.rawInstalled !== null) parts.push(`${n(r.rawInstalled)} ${unit} raw installed`);
  return `${label}: ${parts.join(', ')}`;
}

/** The cluster's fill, under its name on the axis and beside it in the table: "39.7 % full". */
export function fillNote(data: StorageData, r: StorageRow): string | null {
  return r.kind === 'cluster' && data.fillRatio !== null
    ? `${percentText(data.fillRatio)} full`
    : null;
}

function labelOf(data: StorageData, r: StorageRow): string {
  const fill = fillNote(data, r);
  return fill === null ? r.label : `${r.label}, ${fill}`;
}

export function storageFigure(_design: Design, sizing: Sizing): ChartFigure {
  const data = storageData(sizing);
  const { unit, rows } = data;
  return {
    id: 'storage',
    caption: `Storage: data, raw needed and raw installed (${unit})`,
    summary: `${rows.map((r) => rowSentence(labelOf(data, r), r, unit)).join('; ')}.`,
    table: {
      columns: [
        'Storage',
        `${STORAGE_SERIES.data} (${unit})`,
        `${STORAGE_SERIES.rawNeeded} (${unit})`,
        `${STORAGE_SERIES.rawInstalled} (${unit})`,
      ],
      rows: rows.map((r) => ({
        key: r.key,
        label: labelOf(data, r),
        values: [cell(r.data), cell(r.rawNeeded), cell(r.rawInstalled)],
        emphasis: r.kind === 'cluster',
      })),
    },
    height: storageChartHeight(rows.length),
  };
}
