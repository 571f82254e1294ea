import type { Working } from '../engine/report/report-types';
import { formatResult, substituteInputs } from '../working/format-working';

/** The arithmetic behind a figure, laid out as the book does: formula, numbers, result. */
export function WorkingView({ working }: { working: Working }) {
  return (
    <div className="working">
      <code className="working__line">{working.formula}</code>
      <code className="working__line">= {substituteInputs(working)}</code>
      <code className="working__line working__result">= {formatResult(working)}</code>
      {working.bookNote && <p className="working__note">{working.bookNote}</p>}
    </div>
  );
}
