import type { Sizing } from '../engine/report/report-types';
import { money } from '../working/format-money';
import { CompareTable, CostYearsTable } from './cost-tables';

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
    </div>
  );
}
