import { describe, expect, it } from 'vitest';
import { designWith } from '../test-support/design-builders';
import { figureApplies } from './left-out-services';

const REQUIRED = ['compute', 'image', 'network', 'identity'] as const;

describe('left-out services', () => {
  it('drops the figures of a service not chosen', () => {
    const noObject = designWith({ conceptual: { services: [...REQUIRED, 'blockStorage'] } });
    expect(figureApplies('storage.objectRawTb', noObject)).toBe(false);
    expect(figureApplies('storage.blockRawGb', noObject)).toBe(true);
    expect(figureApplies('nodes.storage', noObject)).toBe(true);
    expect(figureApplies('compute.nodes', noObject)).toBe(true);

    const noStorage = designWith({ conceptual: { services: [...REQUIRED] } });
    expect(figureApplies('nodes.storage', noStorage)).toBe(false);
    expect(figureApplies('storage.persistentGbPerNode', noStorage)).toBe(false);
  });
});
