import { COST_CHARTS } from '../charts/lazy-charts';
import type { Design } from '../design/design-schema';
import { hasOwnCosting } from '../design/own-costing';
import type { Sizing } from '../engine/report/report-types';
import { CostSummary } from '../figures/cost-summary';
import { PRINT_CHART_WIDTH_PX } from './print-layout';

/**
 * The money, printed only when the design has prices or profiles of its own, from a fresh page:
 * the chart of the profiles and the profiles compared on that page, then the cost by year.
 */
export function CostSection({ design, sizing }: { design: Design; sizing: Sizing }) {
  if (!hasOwnCosting(design)) return null;
  const charts = COST_CHARTS.filter(({ id }) => id === 'profiles' && sizing.report.compare);
  return (
    <section className="print-section print-cost" aria-labelledby="print-cost">
      <h2 id="print-cost">Servers and cost</h2>
      {charts.map(({ id, Chart }) => (
        <Chart key={id} design={design} sizing={sizing} width={PRINT_CHART_WIDTH_PX} />
      ))}
      <CostSummary sizing={sizing} examplePrices={false} />
    </section>
  );
}
