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
  // RAM: small ⌊384/4⌋ = 96 a node, big ⌊384/32⌋ = 12: 300/96 + 50/12 = 7.29 → 8 nodes.
  // Network: ⌊10,000/100⌋ = 100 and ⌊10,000/1,000⌋ = 10: 300/100 + 50/10 = 8 nodes.
  // 350 instances on 20 nodes: ⌈17.5⌉ = 18 per node.
  const { report, working } = sizingOf({
    physical: { workload: { flavors: [SMALL, BIG] } },
  });

  it('sums the demand and lets each flavor take its share of a node', () => {
    expect(report.compute).toMatchObject({
      cores: 385,
      sockets: 39,
      nodesByCpu: 20,
      nodesByRam: 8,
      nodesByNetwork: 8,
      bound: 'cpu',
      nodes: 20,
      vmsPerNode: 18,
    });
    expect(report.compute.coresNeeded).toBeCloseTo(384.615, 3);
  });

  it('sizes RAM per node on the flavors mean RAM', () => {
    // Mean (300 × 4 + 50 × 32) / 350 = 8 GB; 18 × 8 = 144 GB → 9 sticks → 16 (8 channels) = 256 GB.
    expect(report.memory).toMatchObject({
      gbNeededPerNode: 144,
      sticksPerNode: 16,
      gbInstalledPerNode: 256,
      sticksTotal: 320,
    });
  });

  it('sums the volumes and spreads the disks', () => {
    // Block: 300 × 100 + 50 × 500 = 55,000 GB, × 3 = 165,000 GB raw.
    // Ephemeral: (300 × 40 + 50 × 200) / 350 = 62.857 GB mean × 18 = 1,131.429 GB per node.
    expect(report.storage.blockUsableGb).toBe(55000);
    expect(report.storage.blockRawGb).toBe(165000);
    expect(report.storage.ephemeralGbPerNode).toBeCloseTo(1131.428571, 5);
    expect(report.storage.persistentGbPerNode).toBeCloseTo(2828.571429, 5);
    // 20 routers + 350 instances; 3 controllers + 20 compute nodes.
    expect(report.network).toMatchObject({ floatingIps: 370, publicIps: 23 });
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
    expect(report.compute).toMatchObject({ cores: 324, nodes: 17, bound: 'cpu' });
    expect(report.warnings.map((w) => w.code)).toEqual(['tunnel-mtu-overhead']);
  });
});

describe('a flavor a node cannot hold', () => {
  it('warns when a flavor has more vCPUs than a node has threads', () => {
    // 48 vCPUs on 2 × 10 cores; 48 × 1 GHz = 48 GHz fits the node's 52 GHz.
    const { report } = sizingOf({
      physical: { workload: { flavors: [flavor('huge', { vcpus: 48, ghzPerVcpu: 1 })] } },
    });
    const warning = report.warnings.find((w) => w.code === 'flavor-exceeds-node');
    expect(warning?.message).toContain('huge (48 vCPUs > 20 threads)');
  });

  it('warns when oversubscription lets a flavor in that the RAM installed cannot hold', () => {
    // RAM ratio 1.5: 300 GB counts as 200; ⌊384/200⌋ = 1 a node, 2 nodes; 1 × 200 GB needed
    // → 13 sticks → 16 = 256 GB installed, less than the 300 GB Nova must find free.
    const { report } = sizingOf({
      physical: {
        workload: { flavors: [flavor('fat', { vcpus: 8, ramGb: 300, count: 2 })] },
        memory: { ramAllocationRatio: 1.5 },
      },
    });
    expect(report.memory.gbInstalledPerNode).toBe(256);
    expect(report.warnings.find((w) => w.code === 'flavor-exceeds-node')?.message).toContain(
      'fat (300 GB RAM > 256 GB a node has free)',
    );
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
