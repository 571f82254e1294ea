import { WARNING_FIXES } from '../engine/checks/warning-fixes';
import { useWizardStore } from '../store/wizard-store';

/** The engine's warnings, each with what to do about it. */
export function WarningsPanel() {
  const warnings = useWizardStore((s) => s.sizing.report.warnings);
  return (
    <section className="warnings" aria-labelledby="warnings-title" id="warnings">
      <h2 id="warnings-title">
        Warnings <span className="warnings__count">({warnings.length})</span>
      </h2>
      {warnings.length === 0 ? (
        <p>None: the design meets every check.</p>
      ) : (
        <ul className="warnings__list">
          {warnings.map((w) => (
            <li key={w.code} className={`warning warning--${w.severity}`} data-warning={w.code}>
              <p className="warning__message">
                <span className="warning__severity">
                  {w.severity === 'warning' ? 'Warning' : 'Note'}:
                </span>{' '}
                {w.message}
              </p>
              <p className="warning__fix">
                <strong>Fix:</strong> {WARNING_FIXES[w.code]}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
