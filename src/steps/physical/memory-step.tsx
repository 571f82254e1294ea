import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { memorySpec } from './physical-specs';

export function MemoryStep() {
  return (
    <>
      <p className="step-intro">
        RAM per node = VMs per node × maximum RAM per VM. Sticks are the largest size the servers
        take, in balanced sets of channels × sockets.
      </p>
      <StepForm spec={memorySpec} legend="Memory">
        <NumberField name="ramAllocationRatio" path="physical.memory.ramAllocationRatio" />
        <NumberField name="reservedRamGbPerNode" path="physical.memory.reservedRamGbPerNode" />
        <NumberField name="ramOverheadGbPerVm" path="physical.memory.ramOverheadGbPerVm" />
        <NumberField
          name="dimmSlotsPerServer"
          path="physical.memory.dimmSlotsPerServer"
          step={1}
          min={1}
        />
        <NumberField
          name="memoryChannelsPerSocket"
          path="physical.memory.memoryChannelsPerSocket"
          step={1}
          min={1}
        />
        <TextField name="stickSizesGb" path="physical.memory.stickSizesGb" />
      </StepForm>
      <StepCharts ids={['ram', 'slot-map']} />
    </>
  );
}
