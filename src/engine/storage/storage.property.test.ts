import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../design/design-schema';
import { designArbitrary } from '../../test-support/design-arbitrary';
import { sizeDesign } from '../size-design';

const RUNS = { numRuns: 120 };

function sized(design: Design) {
  const result = sizeDesign(design);
  return result.ok ? result.sizing : null;
}

// Property runs are many sizings each: give them room on a busy machine.
describe('storage, for every valid design', { timeout: 30_000 }, () => {
  it('is bought below nearfull and stays below backfillfull after losing a node', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const sizing = sized(design);
        if (!sizing) return;
        const { storage } = sizing.report;
        const { nearfullRatio, backfillfullRatio } = design.physical.ceph;
        expect(storage.fillRatio).toBeLessThanOrEqual(nearfullRatio + 1e-9);
        if (
          storage.osds > 0 &&
          sizing.report.nodes.storage > 1 &&
          !design.physical.storage.hyperconverged
        )
          expect(storage.fillAfterFailure).toBeLessThanOrEqual(backfillfullRatio + 1e-9);
        expect(storage.rawInstalledTb).toBeGreaterThanOrEqual(storage.rawNeededTb * (1 - 1e-9));
        // Guards: the sizing buys below nearfull and a host (or compute node) per copy or chunk.
        const codes = sizing.report.warnings.map((w) => w.code);
        expect(codes).not.toContain('storage-above-nearfull');
        expect(codes).not.toContain('replicas-exceed-storage-nodes');
        for (const pool of storage.pools) {
          if (!pool.onCeph) expect(pool.pgs).toBe(0);
          // A power of two.
          else expect(Math.log2(pool.pgs) % 1).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('surviving a rack loss: the storage nodes outside the fullest rack hold the data under backfillfull', () => {
    const rackLoss = designArbitrary.map((d): Design => ({
      ...d,
      racks: { ...d.racks, surviveRackLoss: true },
    }));
    fc.assert(
      fc.property(rackLoss, (design) => {
        const sizing = sized(design);
        if (!sizing) return;
        const { report, working } = sizing;
        const nodes = report.nodes.storage;
        const racks = report.racks.count;
        const under = working['storage.nodesByRecovery'].inputs.find((i) => i.name === 'racks');
        if (report.storage.nodesByRecovery === 0 || !under) return;
        expect(racks).toBeGreaterThanOrEqual(2);
        const { storageNode, ceph } = design.physical;
        const perNodeTb = storageNode.drivesPerNode * storageNode.driveTb;
        const left = nodes - Math.ceil(nodes / racks);
        const onStorageNodesTb = design.physical.storage.hyperconverged
          ? report.storage.pools.filter((p) => !p.onCeph).reduce((s, p) => s + p.rawTb, 0)
          : report.storage.rawNeededTb;
        expect(left * perNodeTb * ceph.backfillfullRatio).toBeGreaterThanOrEqual(
          onStorageNodesTb * (1 - 1e-9),
        );
      }),
      RUNS,
    );
  });

  it('more data never means fewer storage nodes', () => {
    fc.assert(
      fc.property(designArbitrary, fc.integer({ min: 1, max: 500 }), (design, moreTb) => {
        const more: Design = {
          ...design,
          physical: {
            ...design.physical,
            ceph: { ...design.physical.ceph, imagesTb: design.physical.ceph.imagesTb + moreTb },
          },
        };
        const a = sized(design);
        const b = sized(more);
        if (!a || !b) return;
        // With the rack as failure domain, more data on hyperconverged compute nodes can add
        // racks, and thinner racks lose fewer storage nodes at once: compare like with like.
        if (!design.racks.surviveRackLoss || a.report.racks.count === b.report.racks.count)
          expect(b.report.nodes.storage).toBeGreaterThanOrEqual(a.report.nodes.storage);
        expect(b.report.storage.rawNeededTb).toBeGreaterThanOrEqual(a.report.storage.rawNeededTb);
      }),
      RUNS,
    );
  });
});
