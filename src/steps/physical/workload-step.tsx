import { useWizardStore } from '../../store/wizard-store';
import { NumberField } from '../fields/number-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { workloadSpec } from './physical-specs';

export function WorkloadStep() {
  const services = useWizardStore((s) => s.design.conceptual.services);
  return (
    <>
      <p className="step-intro">
        What the cloud must run. The book sizes one average VM; RAM is sized on each VM&rsquo;s
        maximum dynamic allocation.
      </p>
      <StepForm spec={workloadSpec} legend="Workload">
        <NumberField name="vms" path="physical.workload.vms" step={1} min={1} />
        <NumberField name="ghzPerVm" path="physical.workload.ghzPerVm" />
        <NumberField name="ghzPerVmMax" path="physical.workload.ghzPerVmMax" />
        <NumberField name="ramGbPerVm" path="physical.workload.ramGbPerVm" />
        <NumberField name="ramGbPerVmMax" path="physical.workload.ramGbPerVmMax" />
        <NumberField name="mbpsPerVm" path="physical.workload.mbpsPerVm" />
        <NumberField name="ephemeralGbPerVm" path="physical.workload.ephemeralGbPerVm" />
        {services.includes('blockStorage') && (
          <NumberField name="persistentGbPerVm" path="physical.workload.persistentGbPerVm" />
        )}
        {services.includes('objectStorage') && (
          <NumberField name="objectUsableTb" path="physical.workload.objectUsableTb" />
        )}
        <NumberField name="floatingIpShare" path="physical.workload.floatingIpShare" step="any" />
      </StepForm>
      <StepCharts ids={['node-counts', 'cores']} />
    </>
  );
}
