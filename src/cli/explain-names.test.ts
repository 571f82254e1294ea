import { describe, expect, it } from 'vitest';
import { sizingOf } from '../test-support/design-builders';
import { explainSizing } from './explain';

describe('--explain', () => {
  it("keeps the engine's names, which match the design document's fields", () => {
    expect(explainSizing(sizingOf())).toMatch(/^compute\.cores = .*\bvms × ghzPerVm\b/m);
  });
});
