import type { Sizing } from '../engine/report-types';
import { formatResult } from '../working/format-working';
import { figureLabel, REPORT_SECTIONS } from './report-labels';
import { WorkingView } from './working-view';

/** Every figure of the report with its working, section by section. */
export function ReportTables({ sizing }: { sizing: Sizing }) {
  return (
    <div className="report-tables">
      {REPORT_SECTIONS.map((section) => (
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
              return (
                <tr key={key} data-report-key={key}>
                  <th scope="row">{figureLabel(key)}</th>
                  <td className="numeric">{formatResult(w)}</td>
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
