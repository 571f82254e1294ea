import type { Working } from '../engine/report/report-types';
import { WorkingView } from './working-view';

/** A key figure's workings, one after the other: what its "Working" shows when opened. */
export function WorkingsList({ working }: { working: readonly Working[] }) {
  return working.map((w) => <WorkingView key={w.formula} working={w} />);
}
