import { useFormContext, useWatch } from 'react-hook-form';
import { WorkingView } from '../../figures/working-view';
import { useWizardStore } from '../../store/wizard-store';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { STORAGE_POWER_FROM_OPTIONS } from './power-from';

/**
 * The design's own storage node's watts for the power cost: its stated watts (set on the Racks
 * step) or estimated from its parts, with the working the report gives.
 */
export function StoragePowerFields() {
  const { control } = useFormContext();
  const powerFrom: unknown = useWatch({ control, name: 'storagePowerFrom' });
  const working = useWizardStore((s) => s.sizing.report.cost.working.storageWatts);
  return (
    <>
      <SelectField
        name="storagePowerFrom"
        path="costing.storagePowerFrom"
        options={STORAGE_POWER_FROM_OPTIONS}
      />
      {powerFrom === 'tdp' && (
        <>
          <NumberField name="storageTdp.cpuW" path="costing.storageTdp.cpuW" />
          <NumberField name="storageTdp.driveW" path="costing.storageTdp.driveW" />
          <NumberField name="storageTdp.baseW" path="costing.storageTdp.baseW" />
        </>
      )}
      <div className="field" data-working="cost.storageWatts">
        <p>A storage node&rsquo;s power for the cost, all the time:</p>
        <WorkingView working={working} />
      </div>
    </>
  );
}
