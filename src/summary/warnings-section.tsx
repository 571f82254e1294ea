import { WARNING_FIXES } from '../engine/checks/warning-fixes';
import type { SizingWarning } from '../engine/report/report-types';

/** The engine's warnings, each with its fix, as on screen. */
export function WarningsSection({ warnings }: { warnings: readonly SizingWarning[] }) {
  return (
    <section className="print-section" aria-labelledby="print-warnings">
      <h2 id="print-warnings">Warnings ({warnings.length})</h2>
      {warnings.length === 0 ? (
        <p>None: the design meets every check.</p>
      ) : (
        <ul className="print-warnings">
          {warnings.map((w) => (
            <li key={w.code} data-print-warning={w.code}>
              <p>
                <strong>{w.severity === 'warning' ? 'Warning' : 'Note'}:</strong> {w.message}
              </p>
              <p>
                <strong>Fix:</strong> {WARNING_FIXES[w.code]}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
