import { describe, expect, it } from 'vitest';
import { sizingOf, type DesignPatch } from '../../test-support/design-builders';

function codes(patch: DesignPatch): string[] {
  return sizingOf(patch).report.warnings.map((w) => w.code);
}

describe('warnings', () => {
  it('the book example only notes the VXLAN MTU', () => {
    expect(codes({})).toEqual(['tunnel-mtu-overhead']);
  });

  it('warns on bandwidth by the flavor asking most, not the mean', () => {
    // 190 × 100 Mbit/s and 10 × 1,500: mean 170. vCPUs 200 on 20 a node → 10 nodes, 20 VMs
    // each: 10,000 / 20 = 500 Mbit/s a VM, above the mean but below the 1,500 one flavor needs.
    const flavor = { vcpus: 1, ghzPerVcpu: 2, ramGb: 2, ephemeralGb: 0, persistentGb: 0 };
    const { report } = sizingOf({
      physical: {
        workload: {
          flavors: [
            { ...flavor, name: 'a', mbps: 100, count: 190 },
            { ...flavor, name: 'b', mbps: 1500, count: 10 },
          ],
        },
      },
    });
    expect(report.network.mbpsPerVm).toBe(500);
    const warning = report.warnings.find((w) => w.code === 'bandwidth-below-requirement');
    expect(warning?.message).toBe('Each VM gets 500 Mbit/s, below the 1,500 Mbit/s required.');
  });

  it('quotes Mbit/s whole: what a VM gets down, what it needs up', () => {
    // 220 one-vCPU VMs at ratio 4: ⌈220 / 80⌉ = 3 nodes by vCPU; by network 210 / 100 + 10 / 10
    // = 3.1 → 4 nodes, the most. ⌈220 / 4⌉ = 55 VMs a node share the book's 10,000 Mbit/s:
    // 181.82 each, read 181, against the 1,000 the large flavor asks.
    const flavor = { vcpus: 1, ghzPerVcpu: 1, ramGb: 2, ephemeralGb: 0, persistentGb: 0 };
    const { report } = sizingOf({
      physical: {
        workload: {
          flavors: [
            { ...flavor, name: 'a', mbps: 100, count: 210 },
            { ...flavor, name: 'b', mbps: 1000, count: 10 },
          ],
        },
        cpu: { cpuAllocationRatio: 4 },
      },
    });
    expect(report.network.mbpsPerVm).toBeCloseTo(181.82, 2);
    const warning = report.warnings.find((w) => w.code === 'bandwidth-below-requirement');
    expect(warning?.message).toBe('Each VM gets 181 Mbit/s, below the 1,000 Mbit/s required.');
  });

  it('groups thousands in the numbers a warning quotes', () => {
    // 100 VMs a node × 112 GB ephemeral each = 11,200 GB on 2 × 1,000 GB drives.
    const { report } = sizingOf({
      physical: {
        workload: { vms: 100, ephemeralGbPerVm: 112 },
        storage: { drivesPerNode: 2, driveGb: 1000 },
      },
    });
    const warning = report.warnings.find((w) => w.code === 'ephemeral-exceeds-drives');
    expect(warning?.message).toMatch(
      /\(\d{1,3}(,\d{3})+ GB\) exceeds its drives \(2 × 1,000 GB = 2,000 GB\)/,
    );
  });

  it.each<[string, DesignPatch, string]>([
    ['small nodes', { physical: { cpu: { coresPerSocket: 4 } } }, 'below-production-minimum'],
    [
      // 20 VMs × 2 GB = 40 GB → 10 sticks of 4 GB, up to 16 = 64 GB installed.
      'RAM under 128 GB',
      { physical: { workload: { vms: 20, ramGbPerVmMax: 2 }, memory: { stickSizesGb: [4] } } },
      'below-production-minimum',
    ],
    [
      'ephemeral beyond drives',
      { physical: { workload: { ephemeralGbPerVm: 400 } } },
      'ephemeral-exceeds-drives',
    ],
    [
      'a VM bigger than a node',
      { physical: { workload: { ghzPerVmMax: 60 } } },
      'vm-ghz-exceeds-node',
    ],
    ['one controller', { logical: { controllers: 1 } }, 'ha-too-few-controllers'],
    ['four controllers', { logical: { controllers: 4 } }, 'ha-even-controllers'],
    [
      '5,000 VLAN networks',
      { logical: { networkMode: 'neutron-vlan', tenants: 5000 } },
      'vlan-tenant-network-limit',
    ],
    ['GRE', { logical: { networkMode: 'neutron-gre' } }, 'tunnel-mtu-overhead'],
    ['flat nova-network', { logical: { networkMode: 'nova-flat' } }, 'flat-network-no-isolation'],
    ['nova-network', { logical: { networkMode: 'nova-vlan' } }, 'nova-network-retired'],
    ['hyper-threads', { physical: { cpu: { hyperThreadingFactor: 2 } } }, 'hyperthreading-counted'],
    // 183 TB raw: ⌈183 / 82.944⌉ + 1 = 4 storage nodes by recovery, fewer than Swift's 5 zones.
    ['4 Swift zones', { logical: { storageNodes: 3 } }, 'object-zones-below-five'],
    [
      'storage services with nothing to store and no storage node asked for',
      {
        logical: { storageNodes: 0 },
        physical: {
          workload: { persistentGbPerVm: 0, objectUsableTb: 0 },
          ceph: { imagesTb: 0 },
        },
      },
      'no-storage-nodes',
    ],
  ])('%s', (_name, patch, code) => {
    expect(codes(patch)).toContain(code);
  });

  it('DB SSDs for HDD OSDs need bays of their own', () => {
    // 12 HDDs: ⌈12 / 5⌉ = 3 DB SSDs, 15 drives for 12 bays. 10 HDDs: 2 SSDs, 12 drives fit.
    const hdd = (drivesPerNode: number) => ({
      physical: { storageNode: { driveKind: 'hdd' as const, drivesPerNode } },
    });
    expect(codes(hdd(12))).toContain('storage-node-bays-short');
    expect(codes(hdd(10))).not.toContain('storage-node-bays-short');
  });

  it('instance disks on Ceph are not held to the compute nodes’ drives', () => {
    const onCeph = {
      physical: { workload: { ephemeralGbPerVm: 400 }, ceph: { ephemeralOnCeph: true } },
    };
    expect(codes(onCeph)).not.toContain('ephemeral-exceeds-drives');
  });

  it('a pool of Swift alone keeps Glance images in Swift, not on Ceph', () => {
    const swiftOnly = sizingOf({
      conceptual: { services: ['compute', 'image', 'network', 'identity', 'objectStorage'] },
    }).report;
    // Images 1 TB × 3 copies and objects 10 TB × 3, both in Swift: no OSD, no placement group.
    expect(swiftOnly.storage.pools.map((p) => [p.name, p.onCeph, p.pgs])).toEqual([
      ['images', false, 0],
      ['swift', false, 0],
    ]);
    expect(swiftOnly.storage.osds).toBe(0);
  });

  it('VLAN modes stay quiet within 4094 networks', () => {
    expect(codes({ logical: { networkMode: 'neutron-vlan', tenants: 4094 } })).not.toContain(
      'vlan-tenant-network-limit',
    );
  });

  it('names the MTU a GRE tunnel leaves', () => {
    const gre = sizingOf({ logical: { networkMode: 'neutron-gre' } }).report.warnings[0];
    expect(gre?.message).toContain('MTU of 1,458 on a 1,500-byte network');
  });
});
