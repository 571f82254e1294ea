import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from './default-design';
import { parseDesign } from './parse-design';
import { STARTER_FLAVORS } from './starter-flavors';

function errorsOf(input: unknown) {
  const result = parseDesign(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}

const flavor = {
  name: 'm1.small',
  vcpus: 1,
  ghzPerVcpu: 2,
  ramGb: 2,
  ephemeralGb: 20,
  persistentGb: 0,
  mbps: 100,
  count: 10,
};

describe('flavors, growth, racks and host overhead in the document', () => {
  it('defaults leave the book example as it was', () => {
    const { physical, plan, racks } = DEFAULT_DESIGN;
    expect(physical.workload.flavors).toEqual([]);
    expect(physical.memory.ramOverheadGbPerVm).toBe(0);
    expect(physical.storage.hyperconverged).toBe(false);
    expect(plan).toEqual({ growthPerYear: 0, horizonYears: 3, buyForYear: 0 });
    expect(racks.surviveRackLoss).toBe(false);
  });

  it('a document saved before these fields opens with their defaults', () => {
    const older = { version: 1, physical: { workload: { vms: 375 } } };
    const result = parseDesign(older);
    expect(result.ok && result.design.racks).toEqual(DEFAULT_DESIGN.racks);
    expect(result.ok && result.design.plan).toEqual(DEFAULT_DESIGN.plan);
    expect(result.ok && result.design.physical.workload.flavors).toEqual([]);
  });

  it('a version 0 document is migrated and filled the same way', () => {
    const v0 = {
      version: 0,
      conceptual: { services: { compute: true, image: true, network: true, identity: true } },
    };
    const result = parseDesign(v0);
    expect(result.ok && result.design.racks).toEqual(DEFAULT_DESIGN.racks);
  });

  it('takes the starter flavors and merges a partial racks section', () => {
    const result = parseDesign({
      physical: { workload: { flavors: STARTER_FLAVORS } },
      racks: { unitsPerNode: { compute: 1 }, surviveRackLoss: true },
    });
    expect(result.ok && result.design.physical.workload.flavors).toEqual(STARTER_FLAVORS);
    expect(result.ok && result.design.racks.unitsPerNode).toEqual({
      ...DEFAULT_DESIGN.racks.unitsPerNode,
      compute: 1,
    });
  });

  it.each<[string, unknown, string, RegExp]>([
    [
      'a flavor with no vCPU',
      { physical: { workload: { flavors: [flavor, flavor, { ...flavor, name: 'x', vcpus: 0 }] } } },
      'physical.workload.flavors[2].vcpus',
      /^must be a whole number ≥ 1$/,
    ],
    [
      'a flavor without a name',
      { physical: { workload: { flavors: [{ ...flavor, name: '' }] } } },
      'physical.workload.flavors[0].name',
      /must not be empty/,
    ],
    [
      'a flavor missing its RAM',
      { physical: { workload: { flavors: [{ ...flavor, ramGb: undefined }] } } },
      'physical.workload.flavors[0].ramGb',
      /number ≥ 0\.01/,
    ],
    [
      'two flavors of one name',
      { physical: { workload: { flavors: [flavor, flavor] } } },
      'physical.workload.flavors[1].name',
      /listed twice/,
    ],
    [
      'flavors with no instance',
      { physical: { workload: { flavors: [{ ...flavor, count: 0 }] } } },
      'physical.workload.flavors',
      /at least one instance/,
    ],
    [
      'an unknown flavor field',
      { physical: { workload: { flavors: [{ ...flavor, disk: 20 }] } } },
      'physical.workload.flavors[0].disk',
      /not a known field/,
    ],
    [
      'a negative per-VM overhead',
      { physical: { memory: { ramOverheadGbPerVm: -1 } } },
      'physical.memory.ramOverheadGbPerVm',
      /≥ 0/,
    ],
    [
      'buying for a year past the horizon',
      { plan: { horizonYears: 2, buyForYear: 3 } },
      'plan.buyForYear',
      /the years to plan for \(2\)/,
    ],
    [
      'growth past the instance limit',
      { physical: { workload: { vms: 1_000_000 } }, plan: { growthPerYear: 2, horizonYears: 10 } },
      'plan.growthPerYear',
      /past 10,000,000/,
    ],
    [
      'a node taller than a rack',
      { racks: { unitsPerNode: { storage: 41 } } },
      'racks.unitsPerNode.storage',
      /40 units/,
    ],
    [
      'a node drawing more than a rack may',
      { racks: { wattsPerNode: { compute: 9000 } } },
      'racks.wattsPerNode.compute',
      /7,700 W/,
    ],
    [
      'switches with no port left for a node',
      { racks: { portsPerSwitch: 4, uplinkPortsPerSwitch: 4 } },
      'racks.portsPerSwitch',
      /2 NICs/,
    ],
    [
      'switches taller than the rack',
      { racks: { unitsPerRack: 2 } },
      'racks.unitsPerSwitch',
      /two switches/,
    ],
    [
      'rack loss as text',
      { racks: { surviveRackLoss: 'yes' } },
      'racks.surviveRackLoss',
      /true or false/,
    ],
  ])('refuses %s, naming the field', (_name, input, path, message) => {
    expect(errorsOf(input)).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});
