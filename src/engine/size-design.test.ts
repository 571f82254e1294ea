import { describe, expect, it } from 'vitest';
import { sizeDesign } from './size-design';
import { designWith, sizingOf, type DesignPatch } from '../test-support/design-builders';

type Case = {
  name: string;
  patch: DesignPatch;
  expected: Record<string, number | string>;
};

/** Each case worked by hand from the book's defaults (384 GB max RAM per node, 10 Gbit/s link). */
const CASES: Case[] = [
  {
    // RAM per VM 32 → ⌊384/32⌋ = 12 VMs per node → ⌈200/12⌉ = 17 nodes (CPU 8, network 4).
    // 200/17 → 12 VMs per node; 12 × 32 = 384 GB → 24 sticks of 16 GB; 10,000/12 = 833.333 Mbit/s.
    name: 'ram binds',
    patch: { physical: { workload: { ramGbPerVmMax: 32 } } },
    expected: {
      bound: 'ram',
      nodesByRam: 17,
      nodes: 17,
      vmsPerNode: 12,
      sticksPerNode: 24,
      gbInstalledPerNode: 384,
      mbpsPerVm: 833.333333333,
    },
  },
  {
    // 1,000 Mbit/s per VM → ⌊10,000/1,000⌋ = 10 VMs per node → 20 nodes (CPU 8, RAM 5).
    // 10 × 8 GB = 80 GB → 5 sticks, up to a multiple of 8 → 8 sticks = 128 GB; 160,000/10 IOPS.
    name: 'network binds',
    patch: { physical: { workload: { mbpsPerVm: 1000 } } },
    expected: {
      bound: 'network',
      nodesByNetwork: 20,
      nodes: 20,
      vmsPerNode: 10,
      sticksPerNode: 8,
      gbInstalledPerNode: 128,
      readIopsPerVm: 16000,
      writeIopsPerVm: 8000,
    },
  },
  {
    // CPU ratio 4: 400/(2.6 × 4) = 38.46 → 39 cores → 4 sockets → 2 nodes; RAM needs ⌈200/48⌉ = 5.
    // 40 VMs per node × 8 GB = 320 GB → 20 sticks → 24 (multiple of 8) = 384 GB; 250 Mbit/s.
    name: 'oversubscribed CPU hands the bound to RAM',
    patch: { physical: { cpu: { cpuAllocationRatio: 4 } } },
    expected: {
      cores: 39,
      sockets: 4,
      nodesByCpu: 2,
      bound: 'ram',
      nodes: 5,
      vmsPerNode: 40,
      sticksPerNode: 24,
      mbpsPerVm: 250,
    },
  },
  {
    // RAM per VM 15 → ⌊384/15⌋ = 25 → 8 nodes, tied with CPU's 8: the first of cpu, ram, network wins.
    // 25 × 15 = 375 GB → ⌈375/16⌉ = 24 sticks = 384 GB.
    name: 'a tie names cpu',
    patch: { physical: { workload: { ramGbPerVmMax: 15 } } },
    expected: {
      bound: 'cpu',
      nodesByCpu: 8,
      nodesByRam: 8,
      nodes: 8,
      sticksPerNode: 24,
      gbInstalledPerNode: 384,
    },
  },
  {
    // 2 spares on top of 8: VMs per node stays 200/8 = 25; public IPs 3 + 10 + 2 VIPs = 15;
    // sticks 16 × 10 = 160; nodes 3 + 0 + 10 + 5 = 18.
    name: 'spares and VIPs',
    patch: { logical: { spareComputeNodes: 2, haVips: 2 } },
    expected: { nodes: 10, vmsPerNode: 25, publicIps: 15, sticksTotal: 160, total: 18 },
  },
  {
    // 13 × 2 / 2.6 is 10.000000000000002 in binary floating point: still 10 cores, 1 socket.
    name: 'no phantom core from floating point',
    patch: { physical: { workload: { vms: 13 } } },
    expected: { cores: 10, sockets: 1, nodesByCpu: 1, nodes: 1, vmsPerNode: 13 },
  },
  {
    // 16 GB reserved: ⌊(384 − 16)/8⌋ = 46 VMs → 5 nodes by RAM; CPU's 8 bind.
    // 25 × 8 + 16 = 216 GB → 14 sticks → 16 = 256 GB.
    name: 'reserved host RAM',
    patch: { physical: { memory: { reservedRamGbPerNode: 16 } } },
    expected: {
      bound: 'cpu',
      nodesByRam: 5,
      gbNeededPerNode: 216,
      sticksPerNode: 16,
      gbInstalledPerNode: 256,
    },
  },
  {
    // 201 VMs: 402/2.6 = 154.6 → 155 cores → 16 sockets → 8 nodes; ⌈201/8⌉ = 26 VMs per node;
    // 26 × 8 = 208 GB → 13 → 16 sticks; floating 20 + ⌈201 × 0.5⌉ = 20 + 101 = 121.
    name: 'half the VMs get floating IPs',
    patch: { physical: { workload: { vms: 201, floatingIpShare: 0.5 } } },
    expected: {
      cores: 155,
      nodes: 8,
      vmsPerNode: 26,
      gbNeededPerNode: 208,
      sticksPerNode: 16,
      floatingIps: 121,
    },
  },
  {
    // No Swift: nothing replicated as objects. Cinder stays: 200 × 250 × 3 = 150,000 GB raw.
    name: 'object storage left out',
    patch: {
      conceptual: { services: ['compute', 'image', 'network', 'identity', 'blockStorage'] },
    },
    expected: { objectRawTb: 0, blockRawGb: 150000, storage: 5 },
  },
  {
    // No Cinder, Swift or Manila: no persistent storage and no storage nodes (3 + 0 + 8 = 11).
    name: 'no storage services',
    patch: { conceptual: { services: ['compute', 'image', 'network', 'identity'] } },
    expected: { persistentGbPerNode: 0, blockUsableGb: 0, objectRawTb: 0, storage: 0, total: 11 },
  },
];

function flatten(sizing: ReturnType<typeof sizingOf>): Record<string, unknown> {
  const { compute, memory, network, storage, nodes } = sizing.report;
  // `bound` here is the compute nodes' binding resource, not what set the storage nodes.
  return { ...compute, ...memory, ...network, ...storage, ...nodes, bound: compute.bound };
}

describe('sizing table', () => {
  it.each(CASES)('$name', ({ patch, expected }) => {
    const figures = flatten(sizingOf(patch));
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(figures[key], key).toBeCloseTo(value, 6);
      else expect(figures[key], key).toBe(value);
    }
  });
});

describe('a VM that cannot fit on a node', () => {
  it('names the RAM field when one VM needs more than a node can hold', () => {
    // 24 slots of 16 GB = 384 GB: a 500 GB VM fits nowhere.
    const result = sizeDesign(designWith({ physical: { workload: { ramGbPerVmMax: 500 } } }));
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'physical.workload.ramGbPerVmMax' }],
    });
  });

  it('names the bandwidth field when one VM needs more than the links give', () => {
    const result = sizeDesign(designWith({ physical: { workload: { mbpsPerVm: 20000 } } }));
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'physical.workload.mbpsPerVm' }] });
  });
});

describe('working', () => {
  it('puts the numbers into the formula and gives the result', () => {
    const w = sizingOf().working['memory.sticksPerNode'];
    expect(w.inputs).toContainEqual({ name: 'gbNeededPerNode', value: 200 });
    expect(w.result).toBe(16);
  });
});
