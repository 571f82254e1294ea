import type { FigureKey, Workings } from '../engine/report/report-types';
import { formatFigure } from '../working/format-figure';
import { KeyFigure } from './key-figure';

export type WorkedFigureSpec = { figure: FigureKey; label: string; unit?: string };

/** Figures shown as their working's result, each with that working a click away. */
export function WorkedFigures({
  specs,
  working,
}: {
  specs: readonly WorkedFigureSpec[];
  working: Workings;
}) {
  return specs.map(({ figure, label, unit }) => {
    const w = working[figure];
    if (!w) return null;
    // Rounded for reading by the working's own unit; data-value and the working keep the exact figure.
    const display = formatFigure(w.result, w.unit);
    return unit === undefined ? (
      <KeyFigure
        key={figure}
        figure={figure}
        label={label}
        value={w.result}
        display={display}
        working={[w]}
      />
    ) : (
      <KeyFigure
        key={figure}
        figure={figure}
        label={label}
        value={w.result}
        display={display}
        unit={unit}
        working={[w]}
      />
    );
  });
}
