import { describe, expect, it } from 'vitest';
import { sizingOf } from '../../test-support/design-builders';

describe('headroom', () => {
  it('the book example: 8 more VMs, CPU runs out first', () => {
    const { report, working } = sizingOf();
    // CPU: 8 nodes × 20 cores × 2.6 GHz = 416 GHz, 400 used: ⌊16 / 2⌋ = 8 more.
    // RAM: 256 GB installed holds ⌊256 / 8⌋ = 32 a node: 8 × 32 − 200 = 56 more.
    // Network: ⌊10,000 / 200⌋ = 50 a node: 8 × 50 − 200 = 200 more.
    expect(report.headroom).toMatchObject({
      computeNodes: 8,
      capacityGhz: 416,
      demandGhz: 400,
      freeGhz: 16,
      freeRamNodes: 1.75,
      freeNetworkNodes: 4,
      utilisation: { ram: 0.78125, network: 0.5 },
    });
    expect(report.headroom.rows).toEqual([
      {
        name: 'average VM',
        ghzPerVm: 2,
        vmsPerNodeByInstalledRam: 32,
        vmsPerNodeByNetwork: 50,
        moreByCpu: 8,
        moreByVcpu: null, // the book gives no vCPU count: Nova's vCPU limit does not apply
        moreByRam: 56,
        moreByNetwork: 200,
        more: 8,
        limitedBy: 'cpu',
      },
    ]);
    expect(working['headroom.freeGhz'].result).toBe(16);
    // 8 − 200 / 32 = 1.75: every term is in the working.
    expect(working['headroom.freeRamNodes'].formula).toBe(
      '(nodes − (count(average VM) / vmsPerNodeByInstalledRam(average VM))), at least 0',
    );
    expect(working['headroom.freeRamNodes'].inputs).toEqual([
      { name: 'nodes', value: 8 },
      { name: 'count(average VM)', value: 200 },
      { name: 'vmsPerNodeByInstalledRam(average VM)', value: 32 },
    ]);
    expect(report.headroom.freeVcpus).toBeNull();
  });

  it('RAM runs out first when RAM binds', () => {
    // ramGbPerVmMax 32: ⌊384/32⌋ = 12 a node → 17 nodes, 12 VMs each → 384 GB installed.
    // CPU: 17 × 52 = 884 GHz − 400 = 484 → 242 more; RAM: 17 × 12 − 200 = 4 more.
    const { report } = sizingOf({ physical: { workload: { ramGbPerVmMax: 32 } } });
    expect(report.headroom.rows[0]).toMatchObject({
      moreByCpu: 242,
      moreByRam: 4,
      more: 4,
      limitedBy: 'ram',
    });
  });

  it('leaves spares and rack-loss nodes out of the capacity', () => {
    const { report } = sizingOf({ logical: { spareComputeNodes: 2 } });
    expect(report.compute.nodes).toBe(10);
    expect(report.headroom.computeNodes).toBe(8);
    expect(report.headroom.rows[0]?.more).toBe(8);
  });
});
