import { NumberField } from '../fields/number-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { cpuSpec } from './physical-specs';

export function CpuStep() {
  return (
    <>
      <p className="step-intro">
        Cores needed = VMs × GHz per VM / GHz per core. Sockets and servers are rounded up: a part
        core or socket cannot be bought. When the instances have vCPU counts (a flavor list, or
        vCPUs per VM), Nova&rsquo;s limit applies as well: each node offers its threads, less the
        cores kept for the host, times the CPU allocation ratio.
      </p>
      <StepForm spec={cpuSpec} legend="Processors">
        <NumberField name="ghzPerCore" path="physical.cpu.ghzPerCore" />
        <NumberField name="coresPerSocket" path="physical.cpu.coresPerSocket" step={1} min={1} />
        <NumberField
          name="socketsPerServer"
          path="physical.cpu.socketsPerServer"
          step={1}
          min={1}
        />
        <NumberField name="hyperThreadingFactor" path="physical.cpu.hyperThreadingFactor" />
        <NumberField name="cpuAllocationRatio" path="physical.cpu.cpuAllocationRatio" />
        <NumberField
          name="reservedHostCores"
          path="physical.cpu.reservedHostCores"
          step={1}
          min={0}
        />
      </StepForm>
      <StepCharts ids={['cores']} />
    </>
  );
}
