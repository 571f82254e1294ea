import { useFormContext, useWatch } from 'react-hook-form';
import { useWizardStore } from '../../store/wizard-store';
import { NumberField } from '../fields/number-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { FlavorTable } from './flavors/flavor-table';
import { WorkloadMode } from './flavors/workload-mode';
import { workloadSpec } from './physical-specs';

export function WorkloadStep() {
  const services = useWizardStore((s) => s.design.conceptual.services);
  return (
    <>
      <p className="step-intro">
        What the cloud must run. The book sizes one average VM, with RAM sized on each VM&rsquo;s
        maximum dynamic allocation; a real cloud runs a mix of flavors.
      </p>
      <StepForm spec={workloadSpec} legend="Workload">
        <WorkloadFields
          volumes={services.includes('blockStorage')}
          objects={services.includes('objectStorage')}
        />
      </StepForm>
      <StepCharts ids={['node-counts', 'cores']} extras={['flavors', 'headroom']} />
    </>
  );
}

/** Follows the form, not the store, so switching to flavors shows the table even mid-edit. */
function WorkloadFields({ volumes, objects }: { volumes: boolean; objects: boolean }) {
  const flavors: unknown = useWatch({ control: useFormContext().control, name: 'flavors' });
  const usesFlavors = Array.isArray(flavors) && flavors.length > 0;
  return (
    <>
      <WorkloadMode />
      {usesFlavors ? (
        <FlavorTable showVolumes={volumes} />
      ) : (
        <AverageVmFields showVolumes={volumes} />
      )}
      {objects && <NumberField name="objectUsableTb" path="physical.workload.objectUsableTb" />}
      <NumberField name="floatingIpShare" path="physical.workload.floatingIpShare" step="any" />
    </>
  );
}

function AverageVmFields({ showVolumes }: { showVolumes: boolean }) {
  return (
    <>
      <NumberField name="vms" path="physical.workload.vms" step={1} min={1} />
      <NumberField name="ghzPerVm" path="physical.workload.ghzPerVm" />
      <NumberField name="ghzPerVmMax" path="physical.workload.ghzPerVmMax" />
      <NumberField name="vcpusPerVm" path="physical.workload.vcpusPerVm" step={1} min={0} />
      <NumberField name="ramGbPerVm" path="physical.workload.ramGbPerVm" />
      <NumberField name="ramGbPerVmMax" path="physical.workload.ramGbPerVmMax" />
      <NumberField name="mbpsPerVm" path="physical.workload.mbpsPerVm" />
      <NumberField name="ephemeralGbPerVm" path="physical.workload.ephemeralGbPerVm" />
      {showVolumes && (
        <NumberField name="persistentGbPerVm" path="physical.workload.persistentGbPerVm" />
      )}
    </>
  );
}
