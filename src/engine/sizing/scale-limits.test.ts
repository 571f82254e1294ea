import { describe, expect, it } from 'vitest';
import { designWith, sizingOf } from '../../test-support/design-builders';
import { sizeDesign } from '../size-design';

function errorsOf(patch: Parameters<typeof designWith>[0]) {
  const result = sizeDesign(designWith(patch));
  if (result.ok) throw new Error('expected the design not to size');
  return result.errors;
}

describe('the most nodes the engine plans for one role', () => {
  it('10,000,000 VMs of the book size: 384,616 compute nodes, under the 1,000,000 planned', () => {
    // 10,000,000 × 2 GHz / 2.6 GHz a core = 7,692,307.7 cores; / 20 cores a node = 384,615.4 → 384,616.
    expect(sizingOf({ physical: { workload: { vms: 10_000_000 } } }).report.compute.nodes).toBe(
      384_616,
    );
  });

  it('a year of growth past 1,000,000 compute nodes names the growth rate and the year', () => {
    // 16 GHz VMs: 16 / 2.6 = 6.154 cores each, 20 cores a node. Year 0: 3,000,000 VMs need
    // 18,461,538.5 cores = 923,076.9 → 923,077 nodes. Year 1 at 20 %: 3,600,000 VMs need
    // 22,153,846.2 cores = 1,107,692.3 → 1,107,693 nodes, past 1,000,000.
    const errors = errorsOf({
      physical: { workload: { vms: 3_000_000, ghzPerVm: 16 } },
      plan: { growthPerYear: 0.2, horizonYears: 1 },
    });
    expect(errors.map((e) => e.path)).toEqual(['physical.workload.vms', 'plan.growthPerYear']);
    expect(errors[1]?.message).toBe(
      'in year 1 of the growth plan, the design needs 1,107,693 compute nodes, more than the 1,000,000 the wizard plans for one role: fewer instances or larger nodes',
    );
  });

  it('a nearfull ratio of 1e-300 asks for 1e300 storage nodes: an error on the storage fields, at once', () => {
    const errors = errorsOf({ physical: { ceph: { nearfullRatio: 1e-300 } } });
    expect(errors.map((e) => e.path)).toEqual([
      'physical.storageNode.driveTb',
      'physical.storageNode.drivesPerNode',
      'physical.ceph.nearfullRatio',
    ]);
    expect(errors[0]?.message).toBe(
      'the design needs more than a trillion storage nodes, more than the 1,000,000 the wizard plans for one role: larger drives, more drives per node or a higher nearfull ratio',
    );
  });

  it('the largest flavor carries the error when the instances are flavors', () => {
    const flavor = {
      name: 'tiny',
      vcpus: 1,
      ghzPerVcpu: 0.5,
      ramGb: 1,
      ephemeralGb: 0,
      persistentGb: 0,
      mbps: 1,
    };
    const errors = errorsOf({
      physical: {
        workload: {
          flavors: [
            { ...flavor, count: 10 },
            { ...flavor, name: 'many', vcpus: 8, count: 3_000_000 },
          ],
        },
      },
    });
    // vCPUs: 3,000,000 × 8 + 10 × 1 = 24,000,010 on 20 threads a node = 1,200,000.5 → 1,200,001.
    expect(errors[0]?.path).toBe('physical.workload.flavors[1].count');
    expect(errors[0]?.message).toMatch(/^the design needs 1,200,001 compute nodes/);
  });
});
