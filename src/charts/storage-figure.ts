import type { Design } from '../design/design-schema';
import { storageData } from '../derivations/chart-data';
import type { Sizing } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';
import { CHART_HEIGHT } from './chart-theme';
import type { ChartFigure } from './chart-types';

export function storageFigure(_design: Design, sizing: Sizing): ChartFigure {
  const { unit, rows } = storageData(sizing);
  const n = formatNumber;
  const said = rows.map((r) => `${r.label} ${n(r.usable)} ${unit} usable, ${n(r.raw)} ${unit} raw`);
  return {
    id: 'storage',
    caption: `Storage usable vs raw per kind (${unit})`,
    summary: `${said.join('; ')}.`,
    table: {
      columns: ['Kind', `Usable (${unit})`, `Raw (${unit})`],
      rows: rows.map((r) => ({ key: r.kind, label: r.label, values: [n(r.usable), n(r.raw)] })),
    },
    height: CHART_HEIGHT,
  };
}
