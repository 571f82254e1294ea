import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from './default-design';
import { CURRENT_VERSION } from './design-schema';
import { LATEST_VERSION } from './migrations';
import { parseDesign } from './parse-design';

function errorsOf(input: unknown) {
  const result = parseDesign(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}

describe('parseDesign', () => {
  it('an empty document is the book example', () => {
    expect(parseDesign({})).toEqual({ ok: true, design: DEFAULT_DESIGN });
  });

  it('fills omitted fields from the defaults and keeps the given ones', () => {
    const result = parseDesign({ physical: { workload: { vms: 375 } } });
    expect(result.ok && result.design.physical.workload).toEqual({
      ...DEFAULT_DESIGN.physical.workload,
      vms: 375,
    });
    expect(result.ok && result.design.physical.cpu).toEqual(DEFAULT_DESIGN.physical.cpu);
  });

  it('the migration chain ends at the version this build writes', () => {
    expect(LATEST_VERSION).toBe(CURRENT_VERSION);
  });

  it('opens a version 0 document, whose services were a map of flags', () => {
    const v0 = {
      version: 0,
      conceptual: {
        services: {
          compute: true,
          image: true,
          network: true,
          identity: true,
          objectStorage: false,
          dashboard: true,
        },
      },
      physical: { workload: { vms: 100 } },
    };
    const result = parseDesign(v0);
    expect(result.ok && result.design.version).toBe(1);
    expect(result.ok && result.design.conceptual.services).toEqual([
      'compute',
      'image',
      'network',
      'identity',
      'dashboard',
    ]);
    expect(result.ok && result.design.physical.workload.vms).toBe(100);
  });

  it('refuses a document from a newer version', () => {
    expect(parseDesign({ version: 99 })).toMatchObject({
      ok: false,
      reason: 'too-new',
      errors: [{ path: 'version' }],
    });
  });

  it.each<[string, unknown, string, RegExp]>([
    [
      'a negative count',
      { physical: { workload: { vms: -5 } } },
      'physical.workload.vms',
      /^must be a whole number ≥ 1$/,
    ],
    [
      'a fractional count',
      { logical: { controllers: 2.5 } },
      'logical.controllers',
      /whole number/,
    ],
    [
      'NaN',
      { physical: { workload: { ghzPerVm: Number.NaN } } },
      'physical.workload.ghzPerVm',
      /^must be a number ≥ 0\.01$/,
    ],
    [
      'Infinity',
      { physical: { cpu: { ghzPerCore: Number.POSITIVE_INFINITY } } },
      'physical.cpu.ghzPerCore',
      /^must be a number ≥ 0\.1$/,
    ],
    [
      'a zero divisor (GHz per core)',
      { physical: { cpu: { ghzPerCore: 0 } } },
      'physical.cpu.ghzPerCore',
      /≥ 0\.1/,
    ],
    [
      'a zero divisor (cores per socket)',
      { physical: { cpu: { coresPerSocket: 0 } } },
      'physical.cpu.coresPerSocket',
      /≥ 1/,
    ],
    [
      'a zero divisor (bandwidth per VM)',
      { physical: { workload: { mbpsPerVm: 0 } } },
      'physical.workload.mbpsPerVm',
      /≥ 0\.01/,
    ],
    [
      'a zero divisor (RAM ratio)',
      { physical: { memory: { ramAllocationRatio: 0 } } },
      'physical.memory.ramAllocationRatio',
      /≥ 0\.1/,
    ],
    [
      'an empty stick list',
      { physical: { memory: { stickSizesGb: [] } } },
      'physical.memory.stickSizesGb',
      /at least one/,
    ],
    [
      'a zero stick',
      { physical: { memory: { stickSizesGb: [16, 0] } } },
      'physical.memory.stickSizesGb[1]',
      /≥ 0\.5/,
    ],
    [
      // Regression: 1e-300 passed as positive and every figure became NaN or ∞.
      'a vanishing hyper-threading factor',
      { physical: { cpu: { hyperThreadingFactor: 1e-300 } } },
      'physical.cpu.hyperThreadingFactor',
      /^must be a number ≥ 1$/,
    ],
    [
      'a vanishing CPU allocation ratio',
      { physical: { cpu: { cpuAllocationRatio: 1e-10 } } },
      'physical.cpu.cpuAllocationRatio',
      /^must be a number ≥ 0\.1$/,
    ],
    [
      'a share above 1',
      { physical: { workload: { floatingIpShare: 1.5 } } },
      'physical.workload.floatingIpShare',
      /0 to 1/,
    ],
    [
      'a share below 0',
      { physical: { workload: { floatingIpShare: -0.1 } } },
      'physical.workload.floatingIpShare',
      /0 to 1/,
    ],
    [
      'text for a number',
      { physical: { workload: { vms: '200' } } },
      'physical.workload.vms',
      /whole number/,
    ],
    [
      'an unknown field',
      { physical: { workload: { vmz: 3 } } },
      'physical.workload.vmz',
      /not a known field/,
    ],
    ['an unknown top-level field', { extra: true }, 'extra', /not a known field/],
    [
      'an unknown service',
      { conceptual: { services: ['compute', 'dns'] } },
      'conceptual.services[1]',
      /must be one of/,
    ],
    [
      'a required service missing',
      { conceptual: { services: ['compute', 'image', 'network'] } },
      'conceptual.services',
      /identity/,
    ],
    [
      'an unknown network mode',
      { logical: { networkMode: 'ovn' } },
      'logical.networkMode',
      /must be one of/,
    ],
    [
      'max GHz below the average',
      { physical: { workload: { ghzPerVm: 4, ghzPerVmMax: 2 } } },
      'physical.workload.ghzPerVmMax',
      /average/,
    ],
    [
      'fewer slots than one set of sticks',
      { physical: { memory: { dimmSlotsPerServer: 4 } } },
      'physical.memory.dimmSlotsPerServer',
      /≥/,
    ],
    ['a version that is not a number', { version: 'one' }, 'version', /whole number/],
  ])('refuses %s, naming the field', (_name, input, path, message) => {
    const errors = errorsOf(input);
    expect(errors).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('refuses __proto__ smuggled in through JSON', () => {
    const input: unknown = JSON.parse('{"physical": {"__proto__": {"polluted": true}}}');
    expect(errorsOf(input)).toEqual([
      { path: 'physical.__proto__', message: 'is not allowed in a design' },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses what is not an object', () => {
    expect(parseDesign([1, 2])).toMatchObject({ ok: false, reason: 'not-an-object' });
    expect(parseDesign(null)).toMatchObject({ ok: false, reason: 'not-an-object' });
  });

  it('reports every broken field at once', () => {
    const errors = errorsOf({
      physical: { workload: { vms: -1, mbpsPerVm: 0 }, cpu: { ghzPerCore: -2 } },
    });
    expect(errors.map((e) => e.path).sort()).toEqual([
      'physical.cpu.ghzPerCore',
      'physical.workload.mbpsPerVm',
      'physical.workload.vms',
    ]);
  });
});
