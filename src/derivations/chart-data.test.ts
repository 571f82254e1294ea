import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../design/services';
import { designWith, sizingOf, type DesignPatch } from '../test-support/design-builders';
import {
  bandwidthData,
  coresData,
  iopsData,
  nodeCountsData,
  ramData,
  storageData,
} from './chart-data';
import { slotMapData } from './slot-map-data';

const values = (bars: readonly { key: string; value: number }[]) =>
  Object.fromEntries(bars.map((b) => [b.key, b.value]));

function both(patch: DesignPatch = {}) {
  return [designWith(patch), sizingOf(patch)] as const;
}

describe('chart data on the book example', () => {
  const [design, sizing] = both();

  it('counts nodes per role, leaving out roles without nodes', () => {
    const data = nodeCountsData(sizing);
    expect(values(data.bars)).toEqual({ controller: 3, compute: 8, storage: 5 });
    expect(data.total).toBe(16);
  });

  it('compares cores needed with cores installed: 8 nodes × 2 sockets × 10 cores', () => {
    const data = coresData(design, sizing);
    expect(values(data.cores).needed).toBeCloseTo(153.846, 3);
    expect(values(data.cores).installed).toBe(160);
    expect(data.coresRoundedUp).toBe(154);
    expect(data.coresPerNode).toBe(20);
  });

  it('sets the nodes by CPU, RAM and network side by side, CPU binding', () => {
    const data = coresData(design, sizing);
    expect(values(data.nodesByBound)).toEqual({ cpu: 8, ram: 5, network: 4 });
    expect(data.nodesByBound.filter((b) => b.emphasis).map((b) => b.key)).toEqual(['cpu']);
  });

  it('compares RAM needed, installed and the most a node takes (24 × 16 GB)', () => {
    const data = ramData(design, sizing);
    expect(values(data.bars)).toEqual({ needed: 200, installed: 256, largest: 384 });
    expect([data.sticksPerNode, data.stickGb]).toEqual([16, 16]);
  });

  it('gives 6,400 read and 3,200 write IOPS per VM', () => {
    expect(values(iopsData(design, sizing).bars)).toEqual({ read: 6400, write: 3200 });
  });

  it('sets 400 Mbit/s available per VM against the 200 required', () => {
    const data = bandwidthData(design, sizing);
    expect(values(data.bars)).toEqual({ available: 400, required: 200 });
    expect(data.meetsRequirement).toBe(true);
  });

  it('gives usable and raw storage per kind in TB', () => {
    expect(storageData(design, sizing)).toEqual({
      unit: 'TB',
      rows: [
        // 200 VMs × 100 GB; 8 nodes × 8 drives × 960 GB
        { kind: 'ephemeral', label: 'Ephemeral', usable: 20, raw: 61.44 },
        { kind: 'block', label: 'Block', usable: 50, raw: 150 },
        { kind: 'object', label: 'Object', usable: 10, raw: 30 },
      ],
    });
  });
});

describe('chart data as the design changes', () => {
  it('leaves out the kinds of storage whose service is left out', () => {
    const services = SERVICE_IDS.filter((id) => id !== 'objectStorage' && id !== 'blockStorage');
    const kinds = storageData(...both({ conceptual: { services } })).rows.map((r) => r.kind);
    expect(kinds).toEqual(['ephemeral']);
  });

  it('shows network nodes once there are some', () => {
    const data = nodeCountsData(sizingOf({ logical: { networkNodes: 2 } }));
    expect(data.bars.map((b) => b.key)).toEqual(['controller', 'network', 'compute', 'storage']);
    expect(data.total).toBe(18);
  });

  it('counts spare nodes in the cores installed', () => {
    const data = coresData(...both({ logical: { spareComputeNodes: 1 } }));
    expect(values(data.cores).installed).toBe(180);
    expect(data.spareNodes).toBe(1);
  });

  it('marks RAM as the binding bound when VMs are large', () => {
    const data = coresData(...both({ physical: { workload: { ramGbPerVmMax: 32 } } }));
    // 384 GB / 32 GB = 12 VMs per node; ⌈200 / 12⌉ = 17 nodes
    expect(values(data.nodesByBound).ram).toBe(17);
    expect(data.nodesByBound.filter((b) => b.emphasis).map((b) => b.key)).toEqual(['ram']);
  });

  it('keeps the bandwidth close to the requirement when the links are slow', () => {
    // 1 Gbit/s over 25 VMs per node is 40 Mbit/s; 30 are asked for
    const data = bandwidthData(
      ...both({ physical: { network: { nicGbps: 1 }, workload: { mbpsPerVm: 30 } } }),
    );
    expect(values(data.bars)).toEqual({ available: 40, required: 30 });
    expect(data.bars.filter((b) => b.emphasis)).toEqual([]);
  });
});

describe('slotMapData', () => {
  it('draws 24 slots in 2 sockets × 4 channels × 3, the first two of each channel filled', () => {
    const data = slotMapData(...both());
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
    const data = slotMapData(...both({ physical: { memory: { dimmSlotsPerServer: 20 } } }));
    const depths = data.sockets.flatMap((s) => s.channels.map((c) => c.slots.length));
    expect(depths).toEqual([3, 3, 3, 3, 2, 2, 2, 2]);
    expect(data.sticksPerNode).toBe(16);
    const filledPerChannel = data.sockets.flatMap((s) =>
      s.channels.map((c) => c.slots.filter((x) => x.filled).length),
    );
    expect(filledPerChannel).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
  });
});
