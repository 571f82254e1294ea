import { describe, expect, it } from 'vitest';
import { sizingOf } from '../../test-support/design-builders';

/** The default storage node: 12 × 7.68 TB = 92.16 TB raw; × 0.85 = 78.336; × 0.90 = 82.944. */
describe('storage nodes sized from the data', () => {
  it('1,200 VMs of the book: bound by recovery, below nearfull', () => {
    // Raw: 1,200 × 250 GB = 300 TB × 3 + 1 TB images × 3 + 10 TB objects × 3 = 933 TB.
    // Capacity ⌈933 / 78.336⌉ = ⌈11.91⌉ = 12; recovery ⌈933 / 82.944⌉ + 1 = 12 + 1 = 13.
    // 13 nodes: 1,198.08 TB installed, 933 / 1,198.08 = 77.9 % full.
    const { report } = sizingOf({ physical: { workload: { vms: 1200 } } });
    expect(report.storage).toMatchObject({
      nodesByCapacity: 12,
      nodesByRecovery: 13,
      nodesByFailureDomains: 3,
      rawNeededTb: 933,
      rawInstalledTb: 1198.08,
      osds: 156,
    });
    expect(report.nodes.storage).toBe(13);
    expect(report.storage.bound).toBe('recovery');
    expect(report.storage.fillRatio).toBeCloseTo(0.7787, 4);
    expect(report.storage.fillRatio).toBeLessThanOrEqual(0.85);
    // Volumes: 100 × 156 × (300 / 301) / 3 = 5,182.7 → nearest 4,096 (21 % below) → 4,096.
    expect(report.storage.pools[0]).toMatchObject({ name: 'volumes', pgs: 4096 });
  });

  it('1,200 VMs surviving a rack loss: recovery after losing the fullest rack', () => {
    // Data under backfillfull as above: b = ⌈933 / 82.944⌉ = ⌈11.25⌉ = 12 nodes.
    // Spread over 5 racks, n nodes lose ⌈n / 5⌉ with a rack: 14 − 3 = 11 < 12, 15 − 3 = 12,
    // so 15 nodes (the host rule gave 13). 15 × 92.16 = 1,382.4 TB installed; a rack takes
    // 3 × 92.16 = 276.48 TB, leaving 933 / 1,105.92 = 84.4 % full, under backfillfull (90 %).
    const { report, working } = sizingOf({
      physical: { workload: { vms: 1200 } },
      racks: { surviveRackLoss: true },
    });
    expect(report.racks.count).toBe(5);
    expect(report.ceph.failureDomain).toBe('rack');
    expect(report.storage.nodesByRecovery).toBe(15);
    expect(report.nodes.storage).toBe(15);
    expect(report.storage.rawInstalledTb).toBe(1382.4);
    expect(report.storage.fillAfterFailure).toBeCloseTo(0.8436, 4);
    expect(working['storage.nodesByRecovery'].inputs).toContainEqual({ name: 'racks', value: 5 });
  });

  it('an erasure-coded object store needs k + m hosts and (k + m) / k raw', () => {
    // 500 TB of objects in RGW at 4 + 2: 500 × 6 / 4 = 750 TB raw; + 150 + 3 = 903 TB.
    // Capacity ⌈903 / 78.336⌉ = ⌈11.53⌉ = 12; recovery ⌈903 / 82.944⌉ + 1 = 11 + 1 = 12;
    // failure domains 4 + 2 = 6.
    const { report, working } = sizingOf({
      physical: {
        workload: { objectUsableTb: 500 },
        ceph: { objectBackend: 'ceph-rgw', objectEcK: 4, objectEcM: 2 },
      },
    });
    expect(report.storage).toMatchObject({
      objectRawTb: 750,
      rawNeededTb: 903,
      nodesByCapacity: 12,
      nodesByRecovery: 12,
      nodesByFailureDomains: 6,
    });
    expect(report.nodes.storage).toBe(12);
    // Capacity and recovery both reach 12: capacity is named first.
    expect(report.storage.bound).toBe('capacity');
    expect(report.storage.pools.at(-1)).toMatchObject({
      name: 'default.rgw.buckets.data',
      size: 6,
      erasure: { k: 4, m: 2 },
    });
    expect(working['storage.objectRawTb'].formula).toBe(
      'objectUsableTb × (objectEcK + objectEcM) / objectEcK',
    );
  });

  it('hyperconverged: the compute nodes hold the Ceph data and are bound by it', () => {
    // Compute drives: 8 × 0.96 TB = 7.68 TB a node. On Ceph: volumes 150 TB, instance disks
    // 200 × 100 GB = 20 TB × 3 = 60 TB, images 3 TB: 213 TB raw.
    // Capacity ⌈213 / (7.68 × 0.85)⌉ = ⌈32.63⌉ = 33; recovery ⌈213 / 6.912⌉ + 1 = 31 + 1 = 32.
    // Swift's 30 TB stays on the 5 storage nodes asked for. Nothing is counted twice:
    // 460.8 + 33 × 7.68 = 714.24 TB installed for 243 TB.
    const { report } = sizingOf({ physical: { storage: { hyperconverged: true } } });
    expect(report.compute).toMatchObject({ nodesByStorage: 33, bound: 'storage', nodes: 33 });
    expect(report.nodes.storage).toBe(5);
    expect(report.storage).toMatchObject({
      rawNeededTb: 243,
      rawInstalledTb: 714.24,
      osds: 264, // 33 × 8: the 5 storage nodes hold only Swift, so none of their drives is an OSD
    });
    expect(report.storage.pools.map((p) => p.name)).toEqual(['volumes', 'vms', 'images', 'swift']);
  });

  it('storage nodes grow with the data, bought in the years they are due', () => {
    // 1,000 GB of volumes a VM, 50 % growth: 200, 300, 450, 675 VMs.
    // Year 0: 200 TB × 3 + 33 = 633 TB → ⌈8.08⌉ = 9 by capacity, ⌈7.63⌉ + 1 = 9 by recovery.
    // Year 1: 933 TB → 13 (as 1,200 VMs of 250 GB). Year 2: 1,383 TB → ⌈17.66⌉ = 18,
    // ⌈16.67⌉ + 1 = 18. Year 3: 2,058 TB → ⌈26.27⌉ = 27, ⌈24.81⌉ + 1 = 26 → 27.
    const { report } = sizingOf({
      physical: { workload: { persistentGbPerVm: 1000 } },
      plan: { growthPerYear: 0.5, horizonYears: 3 },
    });
    expect(report.growth.years.map((y) => [y.needed.storage, y.nodes.storage])).toEqual([
      [9, 9],
      [13, 13],
      [18, 18],
      [27, 27],
    ]);
    expect(report.growth.years.map((y) => y.storageNodesToBuy)).toEqual([9, 4, 5, 9]);
  });

  it('HDD storage nodes get BlueStore DB devices and one core per OSD', () => {
    // 12 HDDs of 16 TB: ⌈12 / 5⌉ = 3 DB SSDs of 5 × 16,000 GB × 4 % = 3,200 GB each;
    // cores 12 × 1 + 2 = 14; RAM 12 × 4 GB × 1.2 headroom + 16 = 73.6 GB.
    const { report } = sizingOf({ physical: { storageNode: { driveKind: 'hdd', driveTb: 16 } } });
    expect(report.ceph).toMatchObject({
      dbDevicesPerStorageNode: 3,
      dbDeviceGb: 3200,
      coresNeededPerStorageNode: 14,
      ramGbNeededPerStorageNode: 73.6,
    });
  });

  it('refuses more drives than bays, naming the field', () => {
    expect(() => sizingOf({ physical: { storageNode: { drivesPerNode: 14 } } })).toThrow(
      /"path":"physical\.storageNode\.drivesPerNode","message":"must be ≤ the 12 drive bays/,
    );
  });
});
