import { useFormContext, useWatch } from 'react-hook-form';
import type { ProfileRow } from '../../engine/cost/cost-types';
import { pickProfile, pickStorageProfile } from '../../engine/cost/pick-profile';
import { CompareTable, CostYearsTable } from '../../figures/cost-tables';
import { WorkingView } from '../../figures/working-view';
import { money } from '../../working/format-money';
import { useWizardStore } from '../../store/wizard-store';
import { loadDesign } from '../../store/load-design';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { costSpec } from './cost-spec';
import { POWER_FROM_OPTIONS } from './power-from';
import { ProfilesTable } from './profiles-table';
import { StickPricesList } from './stick-prices-list';
import { StoragePowerFields } from './storage-power-fields';
import { StorageProfilesTable } from './storage-profiles-table';

/** Makes a compared profile the design's hardware; the hardware it replaces becomes a profile. */
function usePick() {
  return (row: ProfileRow) => {
    const store = useWizardStore.getState();
    const next =
      row.role === 'storage'
        ? pickStorageProfile(store.design, row.index, 'Previous storage node')
        : pickProfile(store.design, row.index, 'Previous hardware');
    loadDesign(next, { keepAsDraft: true, resumesDraft: store.draftIsOurs });
  };
}

/** The design's own compute node's watts for the power cost: stated, or estimated from its parts. */
function ComputePowerFields() {
  const { control } = useFormContext();
  const powerFrom: unknown = useWatch({ control, name: 'compute.powerFrom' });
  const working = useWizardStore((s) => s.sizing.report.cost.working.averageWatts);
  return (
    <>
      <SelectField
        name="compute.powerFrom"
        path="costing.compute.powerFrom"
        options={POWER_FROM_OPTIONS}
      />
      {powerFrom === 'tdp' ? (
        <>
          <NumberField name="compute.tdp.cpuW" path="costing.compute.tdp.cpuW" />
          <NumberField name="compute.tdp.stickW" path="costing.compute.tdp.stickW" />
          <NumberField name="compute.tdp.driveW" path="costing.compute.tdp.driveW" />
          <NumberField name="compute.tdp.baseW" path="costing.compute.tdp.baseW" />
          <NumberField name="compute.tdp.idlePercent" path="costing.compute.tdp.idleShare" />
        </>
      ) : (
        <NumberField name="compute.wattsIdle" path="costing.compute.wattsIdle" />
      )}
      <div className="field" data-working="cost.averageWatts">
        <p>A compute node&rsquo;s average power for the cost:</p>
        <WorkingView working={working} />
      </div>
    </>
  );
}

export function CostStep() {
  const cost = useWizardStore((s) => s.sizing.report.cost);
  const compare = useWizardStore((s) => s.sizing.report.compare);
  const pick = usePick();
  return (
    <>
      <p className="step-intro">
        Which servers, at what cost: the prices of this design&rsquo;s nodes and racks, power and
        support, and other compute and storage servers to size the same design on. The prices given
        are examples: replace them with your quotes.
      </p>
      <StepForm spec={costSpec} legend="Prices, power and server profiles">
        <TextField name="currency" path="costing.currency" />
        <NumberField name="compute.serverPrice" path="costing.compute.serverPrice" />
        <NumberField name="compute.ramPricePerGb" path="costing.compute.ramPricePerGb" />
        <NumberField name="compute.drivePrice" path="costing.compute.drivePrice" />
        <NumberField name="compute.nicPrice" path="costing.compute.nicPrice" />
        <fieldset className="field" data-field="compute.stickPrices">
          <legend>Stick prices of this design&rsquo;s compute node</legend>
          <StickPricesList name="compute.stickPrices" node="This design" />
        </fieldset>
        <ComputePowerFields />
        <NumberField name="controllerPrice" path="costing.controllerPrice" />
        <NumberField name="networkNodePrice" path="costing.networkNodePrice" />
        <NumberField name="storageServerPrice" path="costing.storageServerPrice" />
        <NumberField name="storageDrivePrice" path="costing.storageDrivePrice" />
        <StoragePowerFields />
        <NumberField name="rackPrice" path="costing.rackPrice" />
        <NumberField name="pduPairPrice" path="costing.pduPairPrice" />
        <NumberField name="switchPairPrice" path="costing.switchPairPrice" />
        <NumberField name="kwhPrice" path="costing.kwhPrice" />
        <NumberField name="pue" path="costing.pue" min={1} />
        <NumberField name="supportPercent" path="costing.supportShare" />
        <ProfilesTable />
        <StorageProfilesTable />
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
