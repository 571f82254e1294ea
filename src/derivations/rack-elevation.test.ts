import { describe, expect, it } from 'vitest';
import { sizingOf } from '../test-support/design-builders';
import { rackElevation } from './rack-elevation';
import { DEFAULT_DESIGN } from '../design/default-design';

describe('rack elevation', () => {
  it('lists what sits where, top down, numbered across racks', () => {
    const { report } = sizingOf();
    const rack = rackElevation(DEFAULT_DESIGN.racks, report.racks, 1);
    expect(rack?.freeUnits).toBe(11);
    expect(rack?.slots.slice(0, 6)).toEqual([
      { role: 'switch', index: 1, rackUnits: 1, topUnit: 42 },
      { role: 'switch', index: 2, rackUnits: 1, topUnit: 41 },
      { role: 'controller', index: 1, rackUnits: 1, topUnit: 40 },
      { role: 'controller', index: 2, rackUnits: 1, topUnit: 39 },
      { role: 'controller', index: 3, rackUnits: 1, topUnit: 38 },
      { role: 'compute', index: 1, rackUnits: 2, topUnit: 37 },
    ]);
    expect(rack?.slots.at(-1)).toEqual({ role: 'storage', index: 5, rackUnits: 2, topUnit: 13 });
    expect(rackElevation(DEFAULT_DESIGN.racks, report.racks, 2)).toBeNull();
  });

  it('numbers the nodes of later racks after those of earlier ones', () => {
    const spec = { ...DEFAULT_DESIGN.racks, surviveRackLoss: true };
    const { report } = sizingOf({ racks: { surviveRackLoss: true } });
    const third = rackElevation(spec, report.racks, 3);
    const compute = third?.slots.filter((s) => s.role === 'compute').map((s) => s.index);
    expect(compute).toEqual([9, 10, 11, 12]);
    expect(third?.slots.filter((s) => s.role === 'switch').map((s) => s.index)).toEqual([5, 6]);
  });
});
