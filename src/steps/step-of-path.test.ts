import { describe, expect, it } from 'vitest';
import { servicesSpec, storageChoicesSpec } from './conceptual/services-spec';
import { logicalSpec } from './logical/logical-spec';
import {
  cpuSpec,
  memorySpec,
  networkSpec,
  storageSpec,
  workloadSpec,
} from './physical/physical-specs';
import { growthSpec } from './physical/growth-spec';
import { racksSpec } from './physical/racks-spec';
import { costSpec } from './physical/cost-spec';
import type { StepId } from './step-registry';
import { stepOfPath } from './step-of-path';

/** Each step and the form it edits: every field of that form must lead back to a step using it. */
const FORMS: [readonly StepId[], { fields: Readonly<Record<string, string>> }][] = [
  [['services', 'storage-choices'], servicesSpec],
  [['services', 'storage-choices'], storageChoicesSpec],
  [['nodes', 'networking'], logicalSpec],
  [['workload'], workloadSpec],
  [['cpu'], cpuSpec],
  [['memory'], memorySpec],
  [['network'], networkSpec],
  [['storage'], storageSpec],
  [['growth'], growthSpec],
  [['racks'], racksSpec],
  [['cost'], costSpec],
];

describe('the step that holds a field', () => {
  it.each(FORMS)('every field of the form on %j leads to that step', (steps, spec) => {
    for (const path of Object.values(spec.fields)) expect(steps).toContain(stepOfPath(path));
  });

  it('names list items and the network mode by their own step', () => {
    expect(stepOfPath('physical.workload.flavors[2].ramGb')).toBe('workload');
    expect(stepOfPath('logical.networkMode')).toBe('networking');
    expect(stepOfPath('logical.controllers')).toBe('nodes');
    expect(stepOfPath('physical.ceph.nearfullRatio')).toBe('storage');
    expect(stepOfPath('version')).toBeNull();
  });
});
