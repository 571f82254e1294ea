import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design/design-schema';
import { NODE_ROLES } from '../engine/logical/node-roles';
import type { Sizing } from '../engine/report/report-types';
import { tidy } from '../engine/report/rounding';
import { sizeDesign } from '../engine/size-design';
import { designArbitrary } from '../test-support/design-arbitrary';
import {
  bandwidthData,
  coresData,
  iopsData,
  nodeCountsData,
  ramData,
  storageData,
  type ChartBar,
} from './chart-data';
import { GB_PER_TB, growthChartData } from './growth-chart-data';
import { rackDrawing } from './rack-drawing';
import { dimmBoardOf, slotMapData } from './slot-map-data';

/**
 * Every number a chart or drawing shows is a figure of the report (or a working's result), for
 * any design: flavors, growth and buying ahead included, where the design's own fields (the
 * average VM's, today's counts) say something else.
 */
const RUNS = { numRuns: 60 };

function sized(design: Design): Sizing | null {
  const result = sizeDesign(design);
  return result.ok ? result.sizing : null;
}

const values = (bars: readonly ChartBar[]) => Object.fromEntries(bars.map((b) => [b.key, b.value]));

function check(assert: (design: Design, sizing: Sizing) => void) {
  fc.assert(
    fc.property(designArbitrary, (design) => {
      const sizing = sized(design);
      if (sizing) assert(design, sizing);
    }),
    RUNS,
  );
}

// Property runs are many sizings each: give them room on a busy machine.
describe('charts show the report', { timeout: 30_000 }, () => {
  it('node counts: one bar per role with nodes, and the total', () => {
    check((_, sizing) => {
      const { report } = sizing;
      const data = nodeCountsData(sizing);
      const withNodes = NODE_ROLES.filter((role) => report.nodes[role] > 0);
      expect(values(data.bars)).toEqual(
        Object.fromEntries(withNodes.map((role) => [role, report.nodes[role]])),
      );
      expect(data.total).toBe(report.nodes.total);
    });
  });

  it('cores and the node bounds', () => {
    check((_, sizing) => {
      const { compute, racks } = sizing.report;
      const data = coresData(sizing);
      expect(values(data.cores)).toEqual({
        needed: compute.coresNeeded,
        installed: compute.nodes * compute.coresPerNode,
      });
      expect(data.coresRoundedUp).toBe(compute.cores);
      expect(data.coresPerNode).toBe(compute.coresPerNode);
      expect(data.computeNodes).toBe(compute.nodes);
      expect(data.spareNodes).toBe(racks.rackLoss.spareComputeNodes);
      const bounds: Record<string, number> = {
        cpu: compute.nodesByCpu,
        ram: compute.nodesByRam,
        network: compute.nodesByNetwork,
      };
      if (compute.nodesByVcpu !== null) bounds['vcpu'] = compute.nodesByVcpu;
      if (compute.nodesByStorage !== null) bounds['storage'] = compute.nodesByStorage;
      expect(values(data.nodesByBound)).toEqual(bounds);
      expect(data.nodesByBound.filter((b) => b.emphasis).map((b) => b.key)).toEqual([
        compute.bound,
      ]);
    });
  });

  it('RAM and the DIMM slot map', () => {
    check((design, sizing) => {
      const { memory } = sizing.report;
      const ram = ramData(sizing);
      expect(values(ram.bars)).toEqual({
        needed: memory.gbNeededPerNode,
        installed: memory.gbInstalledPerNode,
        largest: sizing.working['memory.largestGbPerNode'].result,
      });
      expect([ram.stickGb, ram.sticksPerNode, ram.reservedGbPerNode]).toEqual([
        memory.stickGb,
        memory.sticksPerNode,
        memory.reservedGbPerNode,
      ]);
      const slots = slotMapData(dimmBoardOf(design), memory);
      const drawn = slots.sockets.flatMap((s) => s.channels.flatMap((c) => c.slots));
      expect(drawn.filter((s) => s.filled)).toHaveLength(memory.sticksPerNode);
      expect(drawn).toHaveLength(slots.slotsPerNode);
      expect(slots.emptySlots).toBe(slots.slotsPerNode - memory.sticksPerNode);
      expect([slots.sticksPerNode, slots.stickGb, slots.gbInstalledPerNode]).toEqual([
        memory.sticksPerNode,
        memory.stickGb,
        memory.gbInstalledPerNode,
      ]);
    });
  });

  it('IOPS and bandwidth per VM', () => {
    check((design, sizing) => {
      const { storage, network, compute, flavors, ceph } = sizing.report;
      const iops = iopsData(sizing);
      expect(values(iops.local)).toEqual({
        read: storage.readIopsPerVm,
        write: storage.writeIopsPerVm,
      });
      // Ceph volume IOPS stand beside the local disk's only when volumes are on Ceph.
      expect(values(iops.volumes)).toEqual(
        ceph.volumeReadIopsPerVm > 0
          ? {
              'volume-read': ceph.volumeReadIopsPerVm,
              'volume-write': ceph.volumeWriteIopsPerVm,
            }
          : {},
      );
      if (ceph.volumeReadIopsPerVm > 0) {
        const read = sizing.working['ceph.volumeReadIopsPerVm'];
        expect(iops.volumeOsds).toBe(
          read.inputs.find((i) => i.name === 'OSDs holding volumes')?.value,
        );
        expect(iops.volumeCopies).toBe(storage.pools.find((p) => p.name === 'volumes')?.size);
      }
      expect(iops.raidWritePenalty).toBe(design.physical.storage.raidWritePenalty);
      expect(iops.vmsPerNode).toBe(compute.vmsPerNode);

      const bandwidth = bandwidthData(sizing);
      expect(values(bandwidth.bars)).toEqual({
        available: network.mbpsPerVm,
        required: network.mbpsRequiredPerVm,
      });
      expect(bandwidth.meetsRequirement).toBe(network.mbpsPerVm >= network.mbpsRequiredPerVm);
      // Every instance of the year bought gets its own: the most any row with instances asks.
      const asked = flavors.rows.filter((r) => r.count > 0).map((r) => r.mbps);
      expect(network.mbpsRequiredPerVm).toBe(tidy(Math.max(0, ...asked)));
    });
  });

  it('storage per pool, for the cluster and local disks, in decimal TB', () => {
    check((_, sizing) => {
      const { storage, compute, flavors } = sizing.report;
      const data = storageData(sizing);
      const byKey = new Map(data.rows.map((r) => [r.key, r]));
      // Every pool of the report, its data and raw as the report has them; pools share drives.
      expect(data.rows.filter((r) => r.kind === 'pool').map((r) => r.key)).toEqual(
        storage.pools.map((p) => p.name),
      );
      for (const pool of storage.pools)
        expect(byKey.get(pool.name)).toMatchObject({
          data: pool.dataTb,
          rawNeeded: pool.rawTb,
          rawInstalled: null,
        });
      const cluster = byKey.get('cluster');
      if (storage.pools.length > 0 || storage.rawInstalledTb > 0) {
        expect(cluster).toMatchObject({
          data: null,
          rawNeeded: storage.rawNeededTb,
          rawInstalled: storage.rawInstalledTb,
        });
        expect(data.fillRatio).toBe(storage.fillRatio);
      } else {
        expect(cluster).toBeUndefined();
        expect(data.fillRatio).toBeNull();
      }
      // Local disks only where instance disks live on them: not on Ceph, not hyperconverged.
      const local = byKey.get('local');
      if (storage.pools.some((p) => p.name === 'vms') || compute.nodesByStorage !== null)
        expect(local).toBeUndefined();
      else
        expect(local).toMatchObject({
          data: tidy(storage.ephemeralGbTotal / 1000),
          rawNeeded: null,
          rawInstalled: tidy(storage.ephemeralInstalledGb / 1000),
        });
      // Rows are the report's rows and nothing else.
      expect(data.rows).toHaveLength(storage.pools.length + (cluster ? 1 : 0) + (local ? 1 : 0));
      // The figures are the year bought's instances and nodes, whatever the design's own fields.
      let ephemeralGb = 0;
      for (const row of flavors.rows) ephemeralGb += row.count * row.ephemeralGb;
      expect(storage.ephemeralGbTotal).toBeCloseTo(ephemeralGb, 6);
      expect(sizing.working['storage.ephemeralInstalledGb'].inputs[0]?.value).toBe(compute.nodes);
    });
  });

  it('growth: the report years, or the first when every year is the same', () => {
    check((_, { report }) => {
      const { growth } = report;
      const data = growthChartData(growth);
      const expected = data.singleYear === null ? growth.years : growth.years.slice(0, 1);
      expect(data.years).toHaveLength(expected.length);
      expected.forEach((year, i) => {
        const { ram, sizedFor, ...drawn } = data.years[i] ?? { ram: NaN, sizedFor: false };
        expect(drawn).toEqual(year);
        const gb = year.ramGbInstalled;
        expect(ram).toBe(data.ramUnit === 'TB' ? tidy(gb / GB_PER_TB) : gb);
        expect(sizedFor).toBe(data.singleYear !== null || year.year === growth.buyForYear);
      });
    });
  });

  it('racks: every node of the report in a rack, each drawn rack as the layout has it', () => {
    check((design, { report }) => {
      const { racks, nodes } = report;
      const drawing = rackDrawing(design.racks, racks);
      const placed = { controller: 0, network: 0, compute: 0, storage: 0 };
      for (const run of drawing.runs)
        for (const role of NODE_ROLES)
          placed[role] += run.nodes[role] * (run.lastRack - run.firstRack + 1);
      expect(placed).toEqual({
        controller: nodes.controller,
        network: nodes.network,
        compute: nodes.compute,
        storage: nodes.storage,
      });
      expect(drawing.runs.at(-1)?.lastRack).toBe(racks.count);
      for (const column of drawing.columns) {
        const run = drawing.runs.find(
          (r) => r.firstRack <= column.firstRack && column.firstRack <= r.lastRack,
        );
        const drawn = { controller: 0, network: 0, compute: 0, storage: 0 };
        for (const slot of column.elevation.slots)
          if (slot.role !== 'switch') drawn[slot.role] += 1;
        expect(drawn).toEqual(run?.nodes);
        expect(column.kw).toBe(run?.kw);
        expect(column.elevation.unitsPerRack).toBe(racks.unitsPerRack);
      }
    });
  });
});
