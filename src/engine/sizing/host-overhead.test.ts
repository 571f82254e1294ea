import { describe, expect, it } from 'vitest';
import { sizingOf } from '../../test-support/design-builders';

describe('host overhead in the RAM working', () => {
  it('hyperconverged: OSD memory and a per-VM overhead come off every node', () => {
    // 8 drives × 5 GB per OSD = 40 GB; RAM per VM 8 + 0.5 overhead.
    // ⌊(384 − 40) / 8.5⌋ = 40 VMs a node by RAM → 5 nodes; CPU's 8 still bind.
    // 25 × 8.5 + 0 + 40 = 252.5 GB → 16 sticks = 256 GB.
    const { report, working } = sizingOf({
      physical: {
        memory: { ramOverheadGbPerVm: 0.5 },
        storage: { hyperconverged: true },
      },
    });
    expect(report.compute).toMatchObject({ nodesByRam: 5, nodes: 8, vmsPerNode: 25 });
    expect(report.memory).toMatchObject({
      gbNeededPerNode: 252.5,
      sticksPerNode: 16,
      gbInstalledPerNode: 256,
    });
    expect(working['memory.osdReserveGbPerNode'].result).toBe(40);
    expect(working['compute.vmsPerNodeByRam'].result).toBe(40);
  });

  it('names every reserve in the working of the RAM a node needs', () => {
    // 25 × (8 + 0.5) + 16 + 40 = 268.5 GB → 17 sticks → 24 (3 sets of 8) = 384 GB.
    const { report, working } = sizingOf({
      physical: {
        memory: { ramOverheadGbPerVm: 0.5, reservedRamGbPerNode: 16 },
        storage: { hyperconverged: true },
      },
    });
    expect(report.memory.gbInstalledPerNode).toBe(384);
    const w = working['memory.gbNeededPerNode'];
    expect(w.result).toBe(268.5);
    for (const name of ['ramOverheadGbPerVm', 'reservedRamGbPerNode', 'osdReserveGbPerNode'])
      expect(w.formula).toContain(name);
    expect(w.inputs).toEqual(
      expect.arrayContaining([
        { name: 'ramOverheadGbPerVm', value: 0.5 },
        { name: 'reservedRamGbPerNode', value: 16 },
        { name: 'osdReserveGbPerNode', value: 40 },
      ]),
    );
  });

  it('the book example reserves nothing', () => {
    const w = sizingOf().working['memory.gbNeededPerNode'];
    expect(w.result).toBe(200);
    expect(w.inputs).toContainEqual({ name: 'osdReserveGbPerNode', value: 0 });
  });
});
