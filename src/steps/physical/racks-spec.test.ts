import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../../design/default-design';
import { validateStep } from '../step-form-spec';
import { racksSpec } from './racks-spec';

describe('the racks step', () => {
  it('places an error on a per-role input, not on the group of four', () => {
    const racks = racksSpec.read(DEFAULT_DESIGN);
    const result = validateStep(racksSpec, DEFAULT_DESIGN, {
      ...racks,
      unitsPerRack: 4,
      unitsPerNode: { ...racks.unitsPerNode, storage: 6 },
    });
    expect(result.candidate).toBeNull();
    expect(Object.keys(result.fieldErrors)).toContain('unitsPerNode.storage');
    expect(result.fieldErrors).not.toHaveProperty('unitsPerNode');
  });

  it('places a schema error on the same input', () => {
    const racks = racksSpec.read(DEFAULT_DESIGN);
    const result = validateStep(racksSpec, DEFAULT_DESIGN, {
      ...racks,
      wattsPerNode: { ...racks.wattsPerNode, compute: -1 },
    });
    expect(Object.keys(result.fieldErrors)).toEqual(['wattsPerNode.compute']);
  });
});
