import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { Working } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';

/*
 * A working is drawn when it is opened, and the code that words it loads then: the key figures
 * are on every screen, and their workings are read one at a time.
 */
const WorkingsList = lazy(() =>
  import('./workings-list').then((m) => ({ default: m.WorkingsList })),
);

type Props = {
  /** The report key, e.g. `compute.nodes`: tests and tools read `data-figure` and `data-value`. */
  figure: string;
  label: string;
  value: number;
  unit?: string;
  /** Shown instead of the plain number, e.g. "16 × 16 GB". */
  display?: ReactNode;
  detail?: ReactNode;
  working?: readonly Working[];
  wide?: boolean;
};

export function KeyFigure({
  figure,
  label,
  value,
  unit,
  display,
  detail,
  working,
  wide = false,
}: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div className={wide ? 'key-figure key-figure--wide' : 'key-figure'}>
      <dt className="key-figure__label">{label}</dt>
      <dd className="key-figure__value">
        <span data-figure={figure} data-value={value}>
          {display ?? formatNumber(value)}
        </span>
        {unit && <span className="key-figure__unit"> {unit}</span>}
        {detail && <span className="key-figure__detail">{detail}</span>}
        {working && working.length > 0 && (
          <details
            className="key-figure__working"
            onToggle={(event) => setOpen(event.currentTarget.open)}
          >
            <summary>
              Working<span className="visually-hidden"> for {label}</span>
            </summary>
            {open && (
              <Suspense fallback={<p className="working__note">Loading the working…</p>}>
                <WorkingsList working={working} />
              </Suspense>
            )}
          </details>
        )}
      </dd>
    </div>
  );
}
