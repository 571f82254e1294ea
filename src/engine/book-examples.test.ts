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
    expect(report.storage).toEqual({
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
