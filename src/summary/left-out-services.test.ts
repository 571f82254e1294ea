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

  it('keeps Ceph volume IOPS to designs with block storage', () => {
    const noBlock = designWith({ conceptual: { services: [...REQUIRED, 'objectStorage'] } });
    expect(figureApplies('ceph.volumeReadIopsPerVm', noBlock)).toBe(false);
    expect(figureApplies('ceph.volumeWriteIopsPerVm', noBlock)).toBe(false);
    expect(figureApplies('storage.rawNeededTb', noBlock)).toBe(true);
  });

  it('keeps the cluster figures while there is a cluster: a storage service or hyperconverged', () => {
    const noStorage = designWith({ conceptual: { services: [...REQUIRED] } });
    expect(figureApplies('storage.fillRatio', noStorage)).toBe(false);
    expect(figureApplies('ceph.recoveryHours', noStorage)).toBe(false);

    const hyperconverged = designWith({
      conceptual: { services: [...REQUIRED] },
      physical: { storage: { hyperconverged: true } },
    });
    expect(figureApplies('storage.fillRatio', hyperconverged)).toBe(true);
    expect(figureApplies('storage.osds', hyperconverged)).toBe(true);
    expect(figureApplies('nodes.storage', hyperconverged)).toBe(false);
  });
});
