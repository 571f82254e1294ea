import { useWizardStore } from '../../store/wizard-store';
import { formatNumber } from '../../working/format-number';
import { NumberField } from '../fields/number-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { growthSpec } from './growth-spec';

export function GrowthStep() {
  const growth = useWizardStore((s) => s.sizing.report.growth);
  const last = growth.years.at(-1);
  return (
    <>
      <p className="step-intro">
        Capacity planning must plan for growth. Every year up to the horizon is sized; buy for today
        and add hardware when a purchase is due, or buy ahead for a later year.
      </p>
      <StepForm spec={growthSpec} legend="Growth over the years">
        <NumberField name="growthPercent" path="plan.growthPerYear" />
        <NumberField name="horizonYears" path="plan.horizonYears" step={1} />
        <NumberField name="buyForYear" path="plan.buyForYear" step={1} />
      </StepForm>
      <section className="explainer" aria-labelledby="growth-title">
        <h3 id="growth-title">What growth means here</h3>
        <p>
          {growth.growthPerYear === 0 || !last
            ? 'No growth: every year is today’s design.'
            : `${formatNumber(growth.years[0]?.vms ?? 0)} instances today become ${formatNumber(last.vms)} in year ${last.year}, needing ${formatNumber(last.nodes.total)} nodes in all.`}{' '}
          {growth.purchaseYears.length > 0
            ? `Purchases are due in year ${growth.purchaseYears.join(', ')}.`
            : `Bought for year ${growth.buyForYear}, no purchase is due within ${growth.horizonYears} years.`}
        </p>
      </section>
      <StepCharts ids={['growth']} />
    </>
  );
}
