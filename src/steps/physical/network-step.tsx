import { CheckboxField } from '../fields/checkbox-field';
import { NumberField } from '../fields/number-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { networkSpec } from './physical-specs';

export function NetworkStep() {
  return (
    <>
      <p className="step-intro">
        Bandwidth per VM = link speed / VMs per node. Public IPs go to controllers, compute and
        network nodes and each virtual IP; floating IPs to every virtual router and to the VMs that
        get one.
      </p>
      <StepForm spec={networkSpec} legend="Network">
        <NumberField name="nicGbps" path="physical.network.nicGbps" />
        <NumberField
          name="dataLinksPerNode"
          path="physical.network.dataLinksPerNode"
          step={1}
          min={1}
        />
        <CheckboxField name="nicBonding" path="physical.network.nicBonding" />
      </StepForm>
      <StepCharts ids={['bandwidth']} />
    </>
  );
}
