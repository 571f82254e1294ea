import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../design/default-design';
import { STARTER_FLAVORS } from '../design/starter-flavors';
import { memorySpec, workloadSpec } from './physical/physical-specs';
import { validateStep } from './step-form-spec';

describe('a step form validated against the whole design', () => {
  const workload = workloadSpec.read(DEFAULT_DESIGN);

  it('turns a valid edit into the next design', () => {
    const result = validateStep(workloadSpec, DEFAULT_DESIGN, { ...workload, vms: 375 });
    expect(result.candidate?.design.physical.workload.vms).toBe(375);
    expect(result.fieldErrors).toEqual({});
  });

  it('puts a field rule on its input', () => {
    const result = validateStep(workloadSpec, DEFAULT_DESIGN, { ...workload, vms: -5 });
    expect(result).toMatchObject({
      candidate: null,
      fieldErrors: { vms: 'must be a whole number ≥ 1' },
    });
  });

  it('puts a rule across fields on the field it names', () => {
    const result = validateStep(workloadSpec, DEFAULT_DESIGN, {
      ...workload,
      ghzPerVm: 4,
      ghzPerVmMax: 2,
    });
    expect(result.fieldErrors['ghzPerVmMax']).toMatch(/average/);
  });

  it('puts what the engine refuses on the field it names', () => {
    const result = validateStep(workloadSpec, DEFAULT_DESIGN, { ...workload, mbpsPerVm: 20000 });
    expect(result.fieldErrors['mbpsPerVm']).toMatch(/more than a compute node's links give/);
  });

  it('names a flavor cell in the form’s own dotted naming', () => {
    const flavors = STARTER_FLAVORS.map((f) => ({ ...f }));
    const broken = flavors.map((f, i) => (i === 2 ? { ...f, vcpus: 0 } : f));
    const result = validateStep(workloadSpec, DEFAULT_DESIGN, { ...workload, flavors: broken });
    expect(result.fieldErrors['flavors.2.vcpus']).toBe('must be a whole number ≥ 1');
  });

  it('reports an error on a field of another step by its label', () => {
    // A 1 Gbit/s link per node cannot carry one 2,000 Mbit/s VM: a workload field, not a memory one.
    const design = {
      ...DEFAULT_DESIGN,
      physical: { ...DEFAULT_DESIGN.physical, workload: { ...workload, mbpsPerVm: 2000 } },
    };
    const memory = memorySpec.read(design);
    const result = validateStep(
      memorySpec,
      {
        ...design,
        physical: { ...design.physical, network: { ...design.physical.network, nicGbps: 1 } },
      },
      memory,
    );
    expect(result.otherErrors).toEqual([expect.stringMatching(/^Bandwidth per VM: /)]);
  });

  it('reads stick sizes typed as one line of numbers', () => {
    const memory = memorySpec.read(DEFAULT_DESIGN);
    expect(memory.stickSizesGb).toBe('2, 4, 8, 16');
    const result = validateStep(memorySpec, DEFAULT_DESIGN, {
      ...memory,
      stickSizesGb: '16 32;64',
    });
    expect(result.candidate?.design.physical.memory.stickSizesGb).toEqual([16, 32, 64]);
    const bad = validateStep(memorySpec, DEFAULT_DESIGN, { ...memory, stickSizesGb: '16, lots' });
    expect(bad.fieldErrors['stickSizesGb']).toBe('must be a number ≥ 0.5');
  });
});
