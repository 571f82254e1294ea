import { CheckboxField } from '../fields/checkbox-field';
import { NumberField } from '../fields/number-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { RacksSummary } from './racks-summary';
import { racksSpec } from './racks-spec';

const ROLES = ['controller', 'network', 'compute', 'storage'] as const;

export function RacksStep() {
  return (
    <>
      <p className="step-intro">
        Racks, power and failure domains: each rack carries the book&rsquo;s redundant switch pair
        (MLAG), controllers are spread across racks, and the cloud can be made to survive the loss
        of a whole rack.
      </p>
      <StepForm spec={racksSpec} legend="Racks and power">
        <NumberField name="unitsPerRack" path="racks.unitsPerRack" step={1} min={1} />
        <NumberField name="powerBudgetWattsPerRack" path="racks.powerBudgetWattsPerRack" />
        {ROLES.map((role) => (
          <NumberField
            key={`u-${role}`}
            name={`unitsPerNode.${role}`}
            path={`racks.unitsPerNode.${role}`}
            step={1}
            min={1}
          />
        ))}
        {ROLES.map((role) => (
          <NumberField
            key={`w-${role}`}
            name={`wattsPerNode.${role}`}
            path={`racks.wattsPerNode.${role}`}
          />
        ))}
        <NumberField name="unitsPerSwitch" path="racks.unitsPerSwitch" step={1} />
        <NumberField name="wattsPerSwitch" path="racks.wattsPerSwitch" />
        <NumberField name="portsPerSwitch" path="racks.portsPerSwitch" step={1} min={1} />
        <NumberField name="uplinkPortsPerSwitch" path="racks.uplinkPortsPerSwitch" step={1} />
        <CheckboxField name="surviveRackLoss" path="racks.surviveRackLoss" />
      </StepForm>
      <RacksSummary />
      <StepCharts ids={[]} extras={['racks']} />
    </>
  );
}
