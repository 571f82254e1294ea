import { pickProfile } from '../../engine/cost/pick-profile';
import { CompareTable, CostYearsTable } from '../../figures/cost-tables';
import { money } from '../../working/format-money';
import { useWizardStore } from '../../store/wizard-store';
import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { costSpec } from './cost-spec';
import { ProfilesTable } from './profiles-table';

/** Makes a compared profile the design's hardware; the hardware it replaces becomes a profile. */
function usePick() {
  return (index: number) => {
    const store = useWizardStore.getState();
    const next = pickProfile(store.design, index, 'Previous hardware');
    store.loadDesign(next, { keepAsDraft: true, resumesDraft: store.draftIsOurs });
  };
}

export function CostStep() {
  const cost = useWizardStore((s) => s.sizing.report.cost);
  const compare = useWizardStore((s) => s.sizing.report.compare);
  const pick = usePick();
  return (
    <>
      <p className="step-intro">
        Which servers, at what cost: the prices of this design&rsquo;s nodes and racks, power and
        support, and other compute servers to size the same design on. The prices given are
        examples: replace them with your quotes.
      </p>
      <StepForm spec={costSpec} legend="Prices, power and server profiles">
        <TextField name="currency" path="costing.currency" />
        <NumberField name="compute.serverPrice" path="costing.compute.serverPrice" />
        <NumberField name="compute.ramPricePerGb" path="costing.compute.ramPricePerGb" />
        <NumberField name="compute.drivePrice" path="costing.compute.drivePrice" />
        <NumberField name="compute.nicPrice" path="costing.compute.nicPrice" />
        <NumberField name="compute.wattsIdle" path="costing.compute.wattsIdle" />
        <NumberField name="controllerPrice" path="costing.controllerPrice" />
        <NumberField name="networkNodePrice" path="costing.networkNodePrice" />
        <NumberField name="storageServerPrice" path="costing.storageServerPrice" />
        <NumberField name="storageDrivePrice" path="costing.storageDrivePrice" />
        <NumberField name="rackPrice" path="costing.rackPrice" />
        <NumberField name="pduPairPrice" path="costing.pduPairPrice" />
        <NumberField name="switchPairPrice" path="costing.switchPairPrice" />
        <NumberField name="kwhPrice" path="costing.kwhPrice" />
        <NumberField name="pue" path="costing.pue" min={1} />
        <NumberField name="supportPercent" path="costing.supportShare" />
        <ProfilesTable />
      </StepForm>
      <section className="explainer" aria-labelledby="cost-title">
        <h3 id="cost-title">What the cloud costs</h3>
        <p>
          Over {cost.lifeYears} {cost.lifeYears === 1 ? 'year' : 'years'}:{' '}
          <strong data-figure="cost.total" data-value={cost.total}>
            {money(cost.total, cost.currency)}
          </strong>{' '}
          in all, or{' '}
          <strong data-figure="cost.perInstanceMonth" data-value={cost.perInstanceMonth}>
            {money(cost.perInstanceMonth, cost.currency, true)}
          </strong>{' '}
          per instance per month.
        </p>
      </section>
      <CostYearsTable cost={cost} />
      {compare && <CompareTable compare={compare} onPick={pick} />}
      <StepCharts ids={compare ? ['profiles', 'cost-years'] : ['cost-years']} />
    </>
  );
}
