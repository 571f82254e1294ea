import type { RacksReport } from '../engine/report/plan-report-types';
import type { RackDrawing } from '../derivations/rack-drawing';
import { countSentence, lossSentence, powerSentence, runSentence } from './rack-words';

/** The drawing in a few sentences, for the SVG's <desc>. */
export function rackSummary(racks: RacksReport, drawing: RackDrawing): string {
  const loss = lossSentence(racks, drawing);
  return [countSentence(racks), powerSentence(racks), ...(loss ? [loss] : [])].join(' ');
}

/** The visible text alternative: the totals, then every run of identical racks. */
export function RackText({ racks, drawing }: { racks: RacksReport; drawing: RackDrawing }) {
  const loss = lossSentence(racks, drawing);
  return (
    <div className="rack-elevation__text">
      <p data-rack-summary="">
        {countSentence(racks)} {powerSentence(racks)}
      </p>
      {loss ? <p data-rack-loss="">{loss}</p> : null}
      <ul aria-label="What each rack holds">
        {drawing.runs.map((run) => (
          <li key={run.firstRack} data-racks={`${run.firstRack}-${run.lastRack}`}>
            {runSentence(run, racks.unitsPerRack)}
          </li>
        ))}
      </ul>
    </div>
  );
}
