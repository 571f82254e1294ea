import type { FigureKey, Sizing } from '../engine/report/report-types';
import { formatReadableResult } from '../working/format-working';
import { figureLabel, REPORT_SECTIONS } from './report-labels';
import { WorkingView } from './working-view';

type ReportTablesProps = {
  sizing: Sizing;
  /** Which figures to list; the printed summary leaves out those of services not chosen. */
  show?: (key: FigureKey) => boolean;
};

/** Every figure of the report with its working, section by section. */
export function ReportTables({ sizing, show = () => true }: ReportTablesProps) {
  // A figure that does not apply to this design (Nova's vCPU limit without vCPU counts) has no working.
  const sections = REPORT_SECTIONS.map((s) => ({
    ...s,
    keys: s.keys.filter((key) => show(key) && sizing.working[key] !== undefined),
  })).filter((s) => s.keys.length > 0);
  return (
    <div className="report-tables">
      {sections.map((section) => (
        <table key={section.title} className="data-table report-table">
          <caption>{section.title}</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Value</th>
              <th scope="col">Working</th>
            </tr>
          </thead>
          <tbody>
            {section.keys.map((key) => {
              const w = sizing.working[key];
              if (!w) return null;
              return (
                <tr key={key} data-report-key={key}>
                  <th scope="row">{figureLabel(key)}</th>
                  <td className="numeric" data-value={w.result}>
                    {formatReadableResult(w)}
                  </td>
                  <td>
                    <WorkingView working={w} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}
