import { useWizardStore } from '../../store/wizard-store';
import { CheckboxField } from '../fields/checkbox-field';
import { NumberField } from '../fields/number-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { storageSpec } from './physical-specs';

export function StorageStep() {
  const services = useWizardStore((s) => s.design.conceptual.services);
  return (
    <>
      <p className="step-intro">
        Read IOPS per VM = drive IOPS × drives per node / VMs per node; writes pay the RAID penalty.
        Replicated storage needs its usable size times the copies kept.
      </p>
      <StepForm spec={storageSpec} legend="Storage and IOPS">
        <NumberField name="drivesPerNode" path="physical.storage.drivesPerNode" step={1} />
        <NumberField name="driveIops" path="physical.storage.driveIops" />
        <NumberField name="driveGb" path="physical.storage.driveGb" />
        <NumberField name="raidWritePenalty" path="physical.storage.raidWritePenalty" min={1} />
        {services.includes('blockStorage') && (
          <NumberField
            name="blockReplicas"
            path="physical.storage.blockReplicas"
            step={1}
            min={1}
          />
        )}
        {services.includes('objectStorage') && (
          <NumberField
            name="objectReplicas"
            path="physical.storage.objectReplicas"
            step={1}
            min={1}
          />
        )}
        <CheckboxField name="hyperconverged" path="physical.storage.hyperconverged" />
        <NumberField name="ramGbPerOsd" path="physical.storage.ramGbPerOsd" />
        <NumberField name="coresPerOsd" path="physical.storage.coresPerOsd" step="any" min={0} />
      </StepForm>
      <StepCharts ids={['iops', 'storage']} />
    </>
  );
}
