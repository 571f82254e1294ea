import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../design/services';
import type { Sizing } from '../engine/report/report-types';
import { designWith, sizingOf, type DesignPatch } from '../test-support/design-builders';
import {
  bandwidthData,
  coresData,
  iopsData,
  nodeCountsData,
  ramData,
  storageData,
} from './chart-data';
import { dimmBoardOf, slotMapData } from './slot-map-data';

const values = (bars: readonly { key: string; value: number }[]) =>
  Object.fromEntries(bars.map((b) => [b.key, b.value]));

function slotMapOf(patch: DesignPatch = {}) {
  return slotMapData(dimmBoardOf(designWith(patch)), sizingOf(patch).report.memory);
}

/** One flavor of 2 vCPUs and 4 GB, with the disk and bandwidth a test is about. */
function flavor(name: string, count: number, disk: { ephemeralGb?: number; mbps?: number }) {
  const { ephemeralGb = 0, mbps = 100 } = disk;
  return { name, vcpus: 2, ghzPerVcpu: 1, ramGb: 4, ephemeralGb, persistentGb: 0, mbps, count };
}

function poolRow(key: string, name: string, keeper: string, data: number, rawNeeded: number) {
  const label = `${name} (${keeper})`;
  return { key, kind: 'pool', label, name, keeper, data, rawNeeded, rawInstalled: null };
}

function clusterRow(rawNeeded: number, rawInstalled: number) {
  const names = { label: 'Cluster (all pools)', name: 'Cluster', keeper: 'all pools' };
  return { key: 'cluster', kind: 'cluster', ...names, data: null, rawNeeded, rawInstalled };
}

function localRow(data: number, rawInstalled: number) {
  const names = {
    label: 'Local disks (compute nodes)',
    name: 'Local disks',
    keeper: 'compute nodes',
  };
  return { key: 'local', kind: 'local', ...names, data, rawNeeded: null, rawInstalled };
}

const localOf = (sizing: Sizing) => storageData(sizing).rows.find((r) => r.kind === 'local');

describe('chart data on the book example', () => {
  const sizing = sizingOf();

  it('counts nodes per role, leaving out roles without nodes', () => {
    const data = nodeCountsData(sizing);
    expect(values(data.bars)).toEqual({ controller: 3, compute: 8, storage: 5 });
    expect(data.total).toBe(16);
  });

  it('compares cores needed with cores installed: 8 nodes × 2 sockets × 10 cores', () => {
    const data = coresData(sizing);
    expect(values(data.cores).needed).toBeCloseTo(153.846, 3);
    expect(values(data.cores).installed).toBe(160);
    expect(data.coresRoundedUp).toBe(154);
    expect(data.coresPerNode).toBe(20);
  });

  it('sets the nodes by CPU, RAM and network side by side, CPU binding', () => {
    const data = coresData(sizing);
    expect(values(data.nodesByBound)).toEqual({ cpu: 8, ram: 5, network: 4 });
    expect(data.nodesByBound.filter((b) => b.emphasis).map((b) => b.key)).toEqual(['cpu']);
  });

  it('compares RAM needed, installed and the most a node takes (24 × 16 GB)', () => {
    const data = ramData(sizing);
    expect(values(data.bars)).toEqual({ needed: 200, installed: 256, largest: 384 });
    expect([data.sticksPerNode, data.stickGb, data.reservedGbPerNode]).toEqual([16, 16, 0]);
  });

  it('gives 6,400 read and 3,200 write IOPS per VM on local disk, writes paying the RAID penalty of 2', () => {
    const data = iopsData(sizing);
    // 8 drives × 20,000 IOPS / 25 VMs a node = 6,400; / 2 = 3,200
    expect(values(data.local)).toEqual({ read: 6400, write: 3200 });
    expect(data.raidWritePenalty).toBe(2);
  });

  it('gives Ceph volume IOPS beside them: 60 OSDs shared by 200 VMs, each write on 3', () => {
    const data = iopsData(sizing);
    // 5 storage nodes × 12 drives = 60 OSDs; 60 × 20,000 IOPS / 200 VMs = 6,000; / 3 copies = 2,000
    expect(values(data.volumes)).toEqual({ 'volume-read': 6000, 'volume-write': 2000 });
    expect([data.volumeOsds, data.vms, data.volumeCopies]).toEqual([60, 200, 3]);
  });

  it('sets 400 Mbit/s available per VM against the 200 required', () => {
    const data = bandwidthData(sizing);
    expect(values(data.bars)).toEqual({ available: 400, required: 200 });
    expect(data.meetsRequirement).toBe(true);
  });

  it('gives data, raw needed and raw installed per pool, for the cluster and local disks', () => {
    expect(storageData(sizing)).toEqual({
      unit: 'TB',
      rows: [
        // 200 VMs × 250 GB = 50,000 GB = 50 TB of volumes, 3 copies = 150 TB raw
        poolRow('volumes', 'Volumes', 'Cinder', 50, 150),
        // The design's 1 TB of images, 3 copies
        poolRow('images', 'Images', 'Glance', 1, 3),
        // 10 TB of objects in Swift, 3 copies
        poolRow('swift', 'Objects', 'Swift', 10, 30),
        // 150 + 3 + 30 = 183 TB raw on 5 nodes × 12 drives × 7.68 TB = 460.8 TB
        clusterRow(183, 460.8),
        // Instance disks stay local: 200 VMs × 100 GB = 20 TB on 8 nodes × 8 × 960 GB = 61.44 TB
        localRow(20, 61.44),
      ],
      // 183 / 460.8 = 0.397135…
      fillRatio: expect.closeTo(0.397135, 6) as number,
    });
  });
});

describe('chart data as the design changes', () => {
  it('leaves out the pools whose service is left out', () => {
    const services = SERVICE_IDS.filter((id) => id !== 'objectStorage' && id !== 'blockStorage');
    const rows = storageData(sizingOf({ conceptual: { services } })).rows;
    // File shares keep a storage service, so Glance's 1 TB × 3 stays on the 5 storage nodes.
    expect(rows.map((r) => r.key)).toEqual(['images', 'cluster', 'local']);
    expect(rows[1]).toEqual(clusterRow(3, 460.8));
  });

  it('has no cluster without a storage service: local disks alone', () => {
    const services = SERVICE_IDS.filter(
      (id) => id !== 'objectStorage' && id !== 'blockStorage' && id !== 'fileShare',
    );
    const data = storageData(sizingOf({ conceptual: { services } }));
    expect(data.rows).toEqual([localRow(20, 61.44)]);
    expect(data.fillRatio).toBeNull();
  });

  it('puts instance disks on Ceph as a pool of their own, with no local row', () => {
    const data = storageData(sizingOf({ physical: { ceph: { ephemeralOnCeph: true } } }));
    expect(data.rows.map((r) => r.key)).toEqual(['volumes', 'vms', 'images', 'swift', 'cluster']);
    // 200 VMs × 100 GB = 20 TB, 3 copies = 60 TB
    expect(data.rows[1]).toEqual(poolRow('vms', 'Instance disks', 'Nova', 20, 60));
    // 150 + 60 + 3 + 30 = 243 TB; ⌈243 / (92.16 × 0.85)⌉ = 4 and ⌈243 / (92.16 × 0.9)⌉ + 1 = 4
    // nodes are under the 5 asked for: 5 × 92.16 = 460.8 TB
    expect(data.rows[4]).toEqual(clusterRow(243, 460.8));
  });

  it('names objects in Ceph RGW and counts their erasure code: 4 + 2 on 10 TB is 15 TB', () => {
    const data = storageData(
      sizingOf({ physical: { ceph: { objectBackend: 'ceph-rgw', objectEcK: 4, objectEcM: 2 } } }),
    );
    // 10 TB × (4 + 2) / 4 = 15 TB
    expect(data.rows[2]).toEqual(
      poolRow('default.rgw.buckets.data', 'Objects', 'Ceph RGW', 10, 15),
    );
    // 150 + 3 + 15 = 168 TB; 6 chunks need 6 hosts: 6 × 12 × 7.68 = 552.96 TB
    expect(data.rows[3]).toEqual(clusterRow(168, 552.96));
  });

  it('shows no local disks when hyperconverged: the compute drives are the OSDs', () => {
    const data = storageData(sizingOf({ physical: { storage: { hyperconverged: true } } }));
    expect(data.rows.map((r) => r.kind)).not.toContain('local');
    expect(data.rows.map((r) => r.key)).toContain('vms');
  });

  it('shows network nodes once there are some', () => {
    const data = nodeCountsData(sizingOf({ logical: { networkNodes: 2 } }));
    expect(data.bars.map((b) => b.key)).toEqual(['controller', 'network', 'compute', 'storage']);
    expect(data.total).toBe(18);
  });

  it('counts spare nodes in the cores installed', () => {
    const data = coresData(sizingOf({ logical: { spareComputeNodes: 1 } }));
    expect(values(data.cores).installed).toBe(180);
    expect(data.spareNodes).toBe(1);
  });

  it('marks RAM as the binding bound when VMs are large', () => {
    const data = coresData(sizingOf({ physical: { workload: { ramGbPerVmMax: 32 } } }));
    // 384 GB / 32 GB = 12 VMs per node; ⌈200 / 12⌉ = 17 nodes
    expect(values(data.nodesByBound).ram).toBe(17);
    expect(data.nodesByBound.filter((b) => b.emphasis).map((b) => b.key)).toEqual(['ram']);
  });

  it('keeps the bandwidth close to the requirement when the links are slow', () => {
    // 1 Gbit/s over 25 VMs per node is 40 Mbit/s; 30 are asked for
    const data = bandwidthData(
      sizingOf({ physical: { network: { nicGbps: 1 }, workload: { mbpsPerVm: 30 } } }),
    );
    expect(values(data.bars)).toEqual({ available: 40, required: 30 });
    expect(data.bars.filter((b) => b.emphasis)).toEqual([]);
  });
});

describe('chart data with flavors, from the report alone', () => {
  it('counts ephemeral disk per flavor: 40 instances of 300 GB are 12 TB', () => {
    const sizing = sizingOf({
      physical: { workload: { flavors: [flavor('disk', 40, { ephemeralGb: 300 })] } },
    });
    // 40 × 2 vCPUs = 80 vCPUs, 20 a node: 4 compute nodes.
    expect(sizing.report.compute.nodes).toBe(4);
    // 40 × 300 GB = 12,000 GB = 12 TB, not the average VM's 200 × 100 GB = 20 TB,
    // on 4 nodes × 8 drives × 960 GB = 30,720 GB
    expect(localOf(sizing)).toEqual(localRow(12, 30.72));
  });

  it('counts the instances and nodes of the year bought for', () => {
    const sizing = sizingOf({
      physical: { workload: { flavors: [flavor('disk', 40, { ephemeralGb: 300 })] } },
      plan: { growthPerYear: 0.5, horizonYears: 2, buyForYear: 1 },
    });
    // ⌈40 × 1.5⌉ = 60 instances × 300 GB = 18,000 GB; 120 vCPUs / 20 = 6 nodes × 8 × 960 GB
    expect(localOf(sizing)).toEqual(localRow(18, 46.08));
  });

  it('requires of each VM what the most demanding flavor with instances asks', () => {
    const sizing = sizingOf({
      physical: {
        workload: {
          flavors: [
            flavor('small', 30, { mbps: 100 }),
            flavor('large', 10, { mbps: 1500 }),
            flavor('unused', 0, { mbps: 5000 }),
          ],
        },
      },
    });
    const data = bandwidthData(sizing);
    // 80 vCPUs / 20 a node = 4 nodes, ⌈40 / 4⌉ = 10 VMs a node: 10,000 Mbit/s / 10 = 1,000.
    // Required: max(100, 1,500) = 1,500; the mean, (30 × 100 + 10 × 1,500) / 40 = 450, would pass.
    expect(values(data.bars)).toEqual({ available: 1000, required: 1500 });
    expect(data.meetsRequirement).toBe(false);
    expect(data.bars.filter((b) => b.emphasis).map((b) => b.key)).toEqual(['available']);
  });

  it('draws the vCPU bound when the instances have vCPU counts, binding here', () => {
    const data = coresData(
      sizingOf({ physical: { workload: { flavors: [flavor('disk', 40, {})] } } }),
    );
    // 80 vCPUs / 20 a node = 4 nodes; 80 GHz / 2.6 GHz a core = 30.8 cores, 2 nodes by CPU.
    expect(values(data.nodesByBound)).toEqual({ cpu: 2, vcpu: 4, ram: 1, network: 1 });
    expect(data.bound).toBe('vcpu');
    expect(values(data.cores).installed).toBe(80); // 4 nodes × 20 cores
  });
});

describe('slotMapData', () => {
  it('draws 24 slots in 2 sockets × 4 channels × 3, the first two of each channel filled', () => {
    const data = slotMapOf();
    expect(data).toMatchObject({ slotsPerNode: 24, sticksPerNode: 16, emptySlots: 8, stickGb: 16 });
    expect(data.sockets.map((s) => s.name)).toEqual(['CPU 1', 'CPU 2']);
    expect(data.sockets[1]?.channels.map((c) => c.name)).toEqual(['E', 'F', 'G', 'H']);
    const channelA = data.sockets[0]?.channels[0]?.slots;
    expect(channelA).toEqual([
      { name: 'A1', filled: true },
      { name: 'A2', filled: true },
      { name: 'A3', filled: false },
    ]);
    const filled = data.sockets.flatMap((s) =>
      s.channels.flatMap((c) => c.slots.filter((x) => x.filled)),
    );
    expect(filled).toHaveLength(16);
  });

  it('gives slots that do not divide evenly to the first channels', () => {
    const data = slotMapOf({ physical: { memory: { dimmSlotsPerServer: 20 } } });
    const depths = data.sockets.flatMap((s) => s.channels.map((c) => c.slots.length));
    expect(depths).toEqual([3, 3, 3, 3, 2, 2, 2, 2]);
    expect(data.sticksPerNode).toBe(16);
    const filledPerChannel = data.sockets.flatMap((s) =>
      s.channels.map((c) => c.slots.filter((x) => x.filled).length),
    );
    expect(filledPerChannel).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
  });
});
