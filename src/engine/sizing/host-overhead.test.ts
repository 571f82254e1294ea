import { describe, expect, it } from 'vitest';
import { sizingOf, type DesignPatch } from '../../test-support/design-builders';

/**
 * Hyperconverged, the Ceph data also binds the compute nodes; these cases keep it out (no
 * volumes, no images, no instance disks), so CPU and RAM are what they test.
 */
const NO_CEPH_DATA = {
  conceptual: { services: ['compute', 'image', 'network', 'identity'] },
} satisfies DesignPatch;

describe('host overhead in the RAM working', () => {
  it('hyperconverged with no core kept for the OSDs: only their memory comes off', () => {
    // 8 drives × 5 GB per OSD = 40 GB; RAM per VM 8 + 0.5 overhead.
    // ⌊(384 − 40) / 8.5⌋ = 40 VMs a node by RAM → 5 nodes; CPU's 8 still bind.
    // 25 × 8.5 + 0 + 40 = 252.5 GB → 16 sticks = 256 GB.
    const { report, working } = sizingOf({
      physical: {
        workload: { ephemeralGbPerVm: 0 },
        memory: { ramOverheadGbPerVm: 0.5 },
        storage: { hyperconverged: true, coresPerOsd: 0 },
      },
      ...NO_CEPH_DATA,
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

  it('hyperconverged: each OSD keeps a core, so the compute nodes offer fewer', () => {
    // 8 OSDs × 1 core = 8 of the 20 cores kept: 12 left to instances.
    // GHz: 154 cores / 12 = 12.83 → 13 nodes (the book's 8 would leave the OSDs no CPU).
    // 200 VMs on 13 nodes: ⌈15.38⌉ = 16 a node; RAM 16 × 8.5 + 40 = 176 GB → 11 sticks → 16.
    const { report, working } = sizingOf({
      physical: {
        workload: { ephemeralGbPerVm: 0 },
        memory: { ramOverheadGbPerVm: 0.5 },
        storage: { hyperconverged: true },
      },
      ...NO_CEPH_DATA,
    });
    expect(report.compute).toMatchObject({
      coresPerNode: 20,
      hostCoresPerNode: 8,
      nodesByCpu: 13,
      nodes: 13,
      vmsPerNode: 16,
    });
    expect(report.memory).toMatchObject({ gbNeededPerNode: 176, gbInstalledPerNode: 256 });
    expect(working['compute.nodesByCpu'].formula).toBe(
      '⌈cores / (coresPerSocket × socketsPerServer − hostCoresPerNode)⌉',
    );
    expect(working['compute.hostCoresPerNode'].inputs).toEqual([
      { name: 'reservedHostCores', value: 0 },
      { name: 'osdsPerNode', value: 8 },
      { name: 'coresPerOsd', value: 1 },
    ]);
  });

  it("Nova's reserved host cores come off the vCPU limit too", () => {
    // vcpusPerVm 2: 400 vCPUs. 20 cores − 4 reserved = 16 × HT 2 × ratio 4 = 128 vCPUs a node
    // → ⌈400 / 128⌉ = 4 nodes; GHz: 200 × 2 / (2.6 × 2 × 4) = 19.23 → 20 cores / 16 → 2 nodes.
    // RAM: ⌊384 / 8⌋ = 48 a node → 5 nodes bind.
    const { report, working } = sizingOf({
      physical: {
        workload: { vcpusPerVm: 2 },
        cpu: { hyperThreadingFactor: 2, cpuAllocationRatio: 4, reservedHostCores: 4 },
      },
    });
    expect(report.compute).toMatchObject({
      cores: 20,
      nodesByCpu: 2,
      vcpus: 400,
      vcpusPerNode: 128,
      nodesByVcpu: 4,
      nodesByRam: 5,
      bound: 'ram',
      nodes: 5,
    });
    expect(working['compute.vcpus']?.formula).toBe('vms × vcpusPerVm');
  });

  it('names every reserve in the working of the RAM a node needs', () => {
    // No OSD core kept: 8 nodes, 25 VMs each.
    // 25 × (8 + 0.5) + 16 + 40 = 268.5 GB → 17 sticks → 24 (3 sets of 8) = 384 GB.
    const { report, working } = sizingOf({
      physical: {
        workload: { ephemeralGbPerVm: 0 },
        memory: { ramOverheadGbPerVm: 0.5, reservedRamGbPerNode: 16 },
        storage: { hyperconverged: true, coresPerOsd: 0 },
      },
      ...NO_CEPH_DATA,
    });
    expect(report.memory.gbInstalledPerNode).toBe(384);
    expect(report.memory.reservedGbPerNode).toBe(56);
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
