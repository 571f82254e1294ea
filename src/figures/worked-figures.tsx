import type { FigureKey, Workings } from '../engine/report/report-types';
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
    return unit === undefined ? (
      <KeyFigure key={figure} figure={figure} label={label} value={w.result} working={[w]} />
    ) : (
      <KeyFigure
        key={figure}
        figure={figure}
        label={label}
        value={w.result}
        unit={unit}
        working={[w]}
      />
    );
  });
}
