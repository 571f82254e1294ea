import type { Sizing } from '../engine/report/report-types';
import { money } from '../working/format-money';
import type { CostFigure } from '../engine/cost/cost-types';
import { CompareTable, CostYearsTable } from './cost-tables';
import { WorkingView } from './working-view';

const COST_FIGURES: readonly { key: CostFigure; label: string }[] = [
  { key: 'capital', label: 'Hardware (capital)' },
  { key: 'power', label: 'Power' },
  { key: 'support', label: 'Support' },
  { key: 'total', label: 'Total cost of ownership' },
  { key: 'perInstanceMonth', label: 'Cost per instance per month' },
  { key: 'averageWatts', label: 'A compute node’s average power' },
  { key: 'storageWatts', label: 'A storage node’s power, all the time' },
];

/**
 * The cost of the cloud and the profiles compared, as Results and the printout show them: the
 * totals in a sentence, the comparison when there are other profiles, then the years.
 */
export function CostSummary({ sizing, examplePrices }: { sizing: Sizing; examplePrices: boolean }) {
  const { cost, compare } = sizing.report;
  return (
    <div className="cost-summary">
      <p>
        {examplePrices && 'At the example prices (none of this design’s own): '}
        {money(cost.total, cost.currency)} over {cost.lifeYears}{' '}
        {cost.lifeYears === 1 ? 'year' : 'years'}, of which {money(cost.capital, cost.currency)}{' '}
        hardware, {money(cost.power, cost.currency)} power and {money(cost.support, cost.currency)}{' '}
        support: {money(cost.perInstanceMonth, cost.currency, true)} per instance per month.
      </p>
      {compare && <CompareTable compare={compare} />}
      <CostYearsTable cost={cost} />
      <details className="cost-working">
        <summary>How the cost is worked out</summary>
        <dl>
          {COST_FIGURES.map(({ key, label }) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>
                <WorkingView working={cost.working[key]} />
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
