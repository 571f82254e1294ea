import { describe, expect, it } from 'vitest';
import type { Flavor } from '../../design/flavor-schema';
import { STARTER_FLAVORS } from '../../design/starter-flavors';
import { designWith, sizingOf } from '../../test-support/design-builders';
import { sizeDesign } from '../size-design';

function flavor(name: string, fields: Partial<Flavor>): Flavor {
  return {
    name,
    vcpus: 1,
    ghzPerVcpu: 2,
    ramGb: 2,
    ephemeralGb: 0,
    persistentGb: 0,
    mbps: 100,
    count: 1,
    ...fields,
  };
}

/** The book's node: 20 cores × 2.6 GHz = 52 GHz, 384 GB at most, one 10 Gbit/s link. */
const SMALL = flavor('small', {
  ramGb: 4,
  ephemeralGb: 40,
  persistentGb: 100,
  mbps: 100,
  count: 300,
});
const BIG = flavor('big', {
  vcpus: 4,
  ramGb: 32,
  ephemeralGb: 200,
  persistentGb: 500,
  mbps: 1000,
  count: 50,
});

describe('a list of flavors', () => {
  // CPU: 300 × 2 + 50 × 8 = 1,000 GHz / 2.6 = 384.615 → 385 cores → 39 sockets → 20 nodes.
  // vCPUs: 300 × 1 + 50 × 4 = 500; a node gives 20 cores × 1 thread × ratio 1 = 20 → 25 nodes.
  // RAM: small ⌊384/4⌋ = 96 a node, big ⌊384/32⌋ = 12: 300/96 + 50/12 = 7.29 → 8 nodes.
  // Network: ⌊10,000/100⌋ = 100 and ⌊10,000/1,000⌋ = 10: 300/100 + 50/10 = 8 nodes.
  // Nova's vCPU limit binds: 350 instances on 25 nodes: 14 per node.
  const { report, working } = sizingOf({
    physical: { workload: { flavors: [SMALL, BIG] } },
  });

  it('sums the demand and lets each flavor take its share of a node', () => {
    expect(report.compute).toMatchObject({
      cores: 385,
      sockets: 39,
      nodesByCpu: 20,
      vcpus: 500,
      vcpusPerNode: 20,
      nodesByVcpu: 25,
      nodesByRam: 8,
      nodesByNetwork: 8,
      bound: 'vcpu',
      nodes: 25,
      vmsPerNode: 14,
      vcpusPerThread: 1, // 500 / (25 × 20)
    });
    expect(report.compute.coresNeeded).toBeCloseTo(384.615, 3);
  });

  it('sizes RAM per node on the flavors mean RAM', () => {
    // Mean (300 × 4 + 50 × 32) / 350 = 8 GB; 14 × 8 = 112 GB, above the 32 GB of the largest
    // flavor → 7 sticks → 8 (8 channels) = 128 GB; 8 × 25 nodes = 200 sticks.
    expect(report.memory).toMatchObject({
      gbNeededPerNode: 112,
      sticksPerNode: 8,
      gbInstalledPerNode: 128,
      sticksTotal: 200,
    });
  });

  it('sums the volumes and spreads the disks', () => {
    // Block: 300 × 100 + 50 × 500 = 55,000 GB, × 3 = 165,000 GB raw.
    // Ephemeral: (300 × 40 + 50 × 200) / 350 = 62.857 GB mean × 14 = 880 GB per node.
    // Persistent: 55,000 / 350 = 157.143 GB mean × 14 = 2,200 GB per node.
    expect(report.storage.blockUsableGb).toBe(55000);
    expect(report.storage.blockRawGb).toBe(165000);
    expect(report.storage.ephemeralGbPerNode).toBeCloseTo(880, 5);
    expect(report.storage.persistentGbPerNode).toBeCloseTo(2200, 5);
    // 20 routers + 350 instances; 3 controllers + 25 compute nodes.
    expect(report.network).toMatchObject({ floatingIps: 370, publicIps: 28 });
  });

  it('lists each flavor with what one node holds of it', () => {
    expect(report.flavors.source).toBe('flavors');
    expect(report.flavors.largest).toBe('big');
    expect(report.flavors.rows).toEqual([
      expect.objectContaining({ name: 'small', count: 300, vcpus: 1, ghzPerVm: 2 }),
      expect.objectContaining({ name: 'big', count: 50, vcpus: 4, ghzPerVm: 8 }),
    ]);
    expect(report.flavors.rows.map((r) => [r.vmsPerNodeByRam, r.vmsPerNodeByNetwork])).toEqual([
      [96, 100],
      [12, 10],
    ]);
  });

  it('writes every flavor into the working', () => {
    expect(working['compute.coresNeeded'].formula).toContain('count(big) × ghzPerVm(big)');
    expect(working['compute.coresNeeded'].inputs).toContainEqual({
      name: 'count(small)',
      value: 300,
    });
    expect(working['compute.nodesByRam'].formula).toBe(
      '⌈count(small) / vmsPerNodeByRam(small) + count(big) / vmsPerNodeByRam(big)⌉',
    );
    expect(working['storage.blockUsableGb'].result).toBe(55000);
    expect(working['compute.vcpus']).toMatchObject({
      formula: 'count(small) × vcpus(small) + count(big) × vcpus(big)',
      result: 500,
    });
    expect(working['compute.nodesByVcpu']?.formula).toBe('⌈vcpus / vcpusPerNode⌉');
    expect(working['compute.nodes'].formula).toBe(
      'max(nodesByCpu, nodesByVcpu, nodesByRam, nodesByNetwork) + spareComputeNodes',
    );
  });
});

describe('the starter flavors', () => {
  it('are the classic m1 set and size as a valid design', () => {
    expect(STARTER_FLAVORS.map((f) => [f.name, f.vcpus, f.ramGb, f.ephemeralGb])).toEqual([
      ['m1.tiny', 1, 0.5, 1],
      ['m1.small', 1, 2, 20],
      ['m1.medium', 2, 4, 40],
      ['m1.large', 4, 8, 80],
      ['m1.xlarge', 8, 16, 160],
    ]);
    expect(STARTER_FLAVORS.reduce((n, f) => n + f.count, 0)).toBe(200);
    const { report } = sizingOf({ physical: { workload: { flavors: [...STARTER_FLAVORS] } } });
    // 20 × 2 + 80 × 2 + 60 × 4 + 30 × 8 + 10 × 16 = 840 GHz / 2.6 → 324 cores → 33 sockets → 17 nodes.
    // vCPUs: 20 × 1 + 80 × 1 + 60 × 2 + 30 × 4 + 10 × 8 = 420 on 20 a node (ratio 1) → 21 nodes.
    expect(report.compute).toMatchObject({
      cores: 324,
      nodesByCpu: 17,
      vcpus: 420,
      nodesByVcpu: 21,
      nodes: 21,
      bound: 'vcpu',
    });
    expect(report.warnings.map((w) => w.code)).toEqual(['tunnel-mtu-overhead']);
  });

  it("at Nova's default ratio 4 need 6 nodes, not the 5 GHz alone gives", () => {
    // GHz: 840 / (2.6 × 4) = 80.77 → 81 cores → 9 sockets → ⌈81 / 20⌉ = 5 nodes.
    // vCPUs: 420 on 20 cores × 1 × 4 = 80 a node → ⌈5.25⌉ = 6 nodes.
    // RAM: 20/768 + 80/192 + 60/96 + 30/48 + 10/24 = 2.11 → 3; network: 200 / 50 = 4.
    const { report } = sizingOf({
      physical: { workload: { flavors: [...STARTER_FLAVORS] }, cpu: { cpuAllocationRatio: 4 } },
    });
    expect(report.compute).toMatchObject({
      nodesByCpu: 5,
      vcpusPerNode: 80,
      nodesByVcpu: 6,
      nodesByRam: 3,
      nodesByNetwork: 4,
      nodes: 6,
      bound: 'vcpu',
    });
    // 420 vCPUs on 6 nodes × 20 threads = 3.5 vCPUs a thread, under the ratio of 4.
    expect(report.compute.vcpusPerThread).toBe(3.5);
  });
});

describe('a flavor a node cannot hold', () => {
  it('refuses a flavor with more vCPUs than a node has threads, naming the field', () => {
    // 48 vCPUs on 2 × 10 cores; 48 × 1 GHz = 48 GHz fits the node's 52 GHz, but Nova never
    // places an instance on a node with fewer threads than its vCPUs, whatever the ratio.
    const result = sizeDesign(
      designWith({
        physical: { workload: { flavors: [flavor('huge', { vcpus: 48, ghzPerVcpu: 1 })] } },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'physical.workload.flavors[0].vcpus',
        message: expect.stringContaining(
          'one huge instance asks 48 vCPUs, more than the 20 threads',
        ),
      },
    ]);
  });

  it('installs the RAM the largest flavor needs even when oversubscription sizes less', () => {
    // RAM ratio 1.5: 300 GB counts as 200; ⌊384/200⌋ = 1 a node, 2 nodes; 1 × 200 GB by the
    // ratio, but one instance needs its real 300 GB: ⌈300/16⌉ = 19 sticks → 24 = 384 GB.
    const { report } = sizingOf({
      physical: {
        workload: { flavors: [flavor('fat', { vcpus: 8, ramGb: 300, count: 2 })] },
        memory: { ramAllocationRatio: 1.5 },
      },
    });
    expect(report.memory).toMatchObject({ gbNeededPerNode: 300, gbInstalledPerNode: 384 });
  });

  it('names the flavor field when one instance fits no node at all', () => {
    const result = sizeDesign(
      designWith({
        physical: {
          workload: {
            flavors: [flavor('ok', {}), flavor('wide', { ramGb: 500, mbps: 20_000 })],
          },
        },
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { path: 'physical.workload.flavors[1].ramGb' },
        { path: 'physical.workload.flavors[1].mbps' },
      ],
    });
  });
});
