import type { Working } from '../engine/report/report-types';
import { plainWorking } from '../working/plain-working';

/**
 * The arithmetic behind a figure, laid out as the book does: formula, numbers, result. Names read
 * as labels here; the command line keeps the engine's names.
 */
export function WorkingView({ working }: { working: Working }) {
  const { formula, numbers, result, note } = plainWorking(working);
  return (
    <div className="working">
      <code className="working__line">{formula}</code>
      <code className="working__line">= {numbers}</code>
      <code className="working__line working__result">= {result}</code>
      {note && <p className="working__note">{note}</p>}
    </div>
  );
}
