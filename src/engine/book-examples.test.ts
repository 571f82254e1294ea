import { describe, expect, it } from 'vitest';
import { sizingOf } from '../test-support/design-builders';

/** Mastering OpenStack, 2nd edition, chapter 1: the physical design's worked figures. */
describe("the book's worked examples", () => {
  it('example 1: 200 VMs on the default design', () => {
    const { report } = sizingOf();
    expect(report.compute.coresNeeded).toBeCloseTo(153.846, 3);
    expect(report.compute).toMatchObject({
      cores: 154, // the book floors to 153: a part core cannot be bought
      sockets: 16, // the book floors 15.3 to 15
      nodesByCpu: 8, // "seven to eight dual socket servers"
      bound: 'cpu',
      nodes: 8,
      vmsPerNode: 25, // 200 / 8
    });
    expect(report.memory).toEqual({
      gbNeededPerNode: 200, // 8 GB max per VM × 25
      stickGb: 16,
      sticksPerNode: 16, // 256 / 16
      gbInstalledPerNode: 256,
      sticksTotal: 128, // 16 × 8 nodes
      reservedGbPerNode: 0, // no host reserve in the book, no Ceph OSD on the compute nodes
    });
    expect(report.network).toEqual({
      mbpsPerVm: 400, // 10,000 / 25
      mbpsRequiredPerVm: 200, // the average VM's own figure
      nicsPerNode: 2, // bonding doubles the NICs
      publicIps: 11, // 3 controllers + 8 compute
      floatingIps: 220, // 20 routers + 200 VMs
      tenantNetworks: 20, // 20 tenants × 1 network
    });
    expect(report.storage).toMatchObject({
      ephemeralGbPerNode: 2500, // 25 × 100 GB = 2.5 TB
      ephemeralGbTotal: 20000, // 200 VMs × 100 GB
      ephemeralInstalledGb: 61440, // 8 nodes × 8 drives × 960 GB
      persistentGbPerNode: 6250, // 25 × 250 GB: the book misprints 5 TB
      blockUsableGb: 50000,
      blockRawGb: 150000,
      objectUsableTb: 10,
      objectRawTb: 30, // 3X
      readIopsPerVm: 6400, // (20K × 8) / 25
      writeIopsPerVm: 3200,
    });
    expect(report.nodes).toEqual({ controller: 3, network: 0, compute: 8, storage: 5, total: 16 });
  });

  it("example 1's storage: 5 nodes, the architect's minimum, well under nearfull", () => {
    const { report } = sizingOf();
    // Raw: volumes 50 TB × 3 + images 1 TB × 3 + Swift 10 TB × 3 = 183 TB.
    // A node: 12 × 7.68 TB = 92.16 TB. Capacity ⌈183 / (92.16 × 0.85)⌉ = ⌈2.34⌉ = 3;
    // recovery ⌈183 / (92.16 × 0.90)⌉ + 1 = 3 + 1 = 4; failure domains 3 replicas → 3.
    // max(5 asked, 3, 4, 3) = 5 nodes: 460.8 TB installed, 183 / 460.8 = 39.7 % full,
    // 183 / (460.8 − 92.16) = 49.6 % after losing a node. 60 OSDs.
    expect(report.storage).toMatchObject({
      nodesByCapacity: 3,
      nodesByRecovery: 4,
      nodesByFailureDomains: 3,
      rawNeededTb: 183,
      rawInstalledTb: 460.8,
      osds: 60,
    });
    expect(report.storage.fillRatio).toBeCloseTo(0.3971, 4);
    expect(report.storage.bound).toBe('minimum');
    expect(report.storage.fillAfterFailure).toBeCloseTo(0.4964, 4);
    // PGs: volumes 100 × 60 × (50/51) / 3 = 1,960.8 → 2,048; images 100 × 60 × (1/51) / 3
    // = 39.2 → 32 (8 % below); Swift keeps its own rings.
    expect(report.storage.pools.map((p) => [p.name, p.dataTb, p.size, p.pgs])).toEqual([
      ['volumes', 50, 3, 2048],
      ['images', 1, 3, 32],
      ['swift', 10, 3, 0],
    ]);
    // RAM 12 OSDs × 4 GB × 1.2 headroom + 16 = 73.6 GB; cores 12 × 2 (SSD) + 2 = 26; no DB device for flash.
    // Recovery: 92.16 TB × 39.7 % = 36.6 TB over 4 survivors × 25 Gbit/s: 36.6 × 8,000 / 100
    // = 2,928 s = 0.81 h. Volumes: 60 OSDs × 20,000 IOPS / 200 VMs = 6,000 read, / 3 = 2,000 write.
    expect(report.ceph).toMatchObject({
      ramGbNeededPerStorageNode: 73.6,
      coresNeededPerStorageNode: 26,
      dbDevicesPerStorageNode: 0,
      monitors: 3,
      volumeReadIopsPerVm: 6000,
      volumeWriteIopsPerVm: 2000,
    });
    expect(report.ceph.recoveryHours).toBeCloseTo(0.813, 3);
  });

  it("example 2: the book's IP plan with 375 VMs", () => {
    const { report } = sizingOf({ physical: { workload: { vms: 375 } } });
    expect(report.compute.nodes).toBe(15);
    expect(report.compute.vmsPerNode).toBe(25);
    expect(report.network.publicIps).toBe(18); // 3 controllers + 15 compute; storage nodes get none
    expect(report.network.floatingIps).toBe(395); // 20 routers + 375 VMs
  });

  it('says where the book prints other figures', () => {
    const { working } = sizingOf();
    expect(working['compute.cores'].bookNote).toMatch(/153/);
    expect(working['compute.sockets'].bookNote).toMatch(/15/);
    expect(working['storage.persistentGbPerNode'].bookNote).toMatch(/5 TB/);
    expect(working['compute.nodesByCpu'].bookNote).toMatch(/seven to eight/);
    expect(working['memory.sticksPerNode'].bookNote).toMatch(/256 GB/);
  });

  it("prints the book's notes only under the book's own arithmetic", () => {
    // 300 VMs: 600 / 2.6 = 230.769 → 231 cores → 24 sockets → 12 nodes; none of it is the book's.
    const { working } = sizingOf({ physical: { workload: { vms: 300 } } });
    expect(working['compute.cores'].result).toBe(231);
    for (const key of ['compute.cores', 'compute.sockets', 'compute.nodesByCpu'] as const)
      expect(working[key].bookNote, key).toBeUndefined();
    // 300 GB of volumes a VM: 25 × 300 GB is not the book's "5 TB" slip.
    const volumes = sizingOf({ physical: { workload: { persistentGbPerVm: 300 } } }).working;
    expect(volumes['storage.persistentGbPerNode'].bookNote).toBeUndefined();
    // Still 25 VMs a node × 8 GB = 200 GB: the book's RAM arithmetic, and its note, hold.
    expect(working['memory.sticksPerNode'].bookNote).toMatch(/256 GB/);
    // 4 GB a VM: 100 GB a node is not the book's figure.
    const smaller = sizingOf({ physical: { workload: { ramGbPerVmMax: 4 } } }).working;
    expect(smaller['memory.sticksPerNode'].bookNote).toBeUndefined();
  });
});
