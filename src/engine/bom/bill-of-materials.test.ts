import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../design/design-schema';
import { designArbitrary } from '../../test-support/design-arbitrary';
import { designWith, sizingOf, type DesignPatch } from '../../test-support/design-builders';
import {
  BOOT_DRIVE_GB,
  BOOT_DRIVES_PER_NODE,
  billOfMaterials,
  PDUS_PER_RACK,
  rackBillOfMaterials,
  type BomCell,
  type BomDrives,
  type BomRow,
} from './bill-of-materials';
import { sizeDesign } from '../size-design';

function bomOf(patch: DesignPatch = {}): BomRow[] {
  return billOfMaterials(designWith(patch), sizingOf(patch));
}

function row(rows: readonly BomRow[], role: BomRow['role']): BomRow {
  const found = rows.find((r) => r.role === role);
  if (!found) throw new Error(`no ${role} row`);
  return found;
}

/** quantity × each and parts in all, or amount, need and amount in all: a purchase line. */
function line(cell: BomCell): [number, number, number] | string {
  if (cell.kind === 'part') return [cell.quantity, cell.each, cell.totalQuantity];
  if (cell.kind === 'amount') return [cell.amount, cell.needed.amount, cell.totalAmount];
  return cell.reason;
}

/** Each drive line as "quantity × each unit name (purpose) → in all". */
function driveLines(drives: BomDrives): string[] {
  return drives.lines.map(
    (l) => `${l.quantity} × ${l.each} ${l.unit} ${l.name} (${l.purpose}) → ${l.totalQuantity}`,
  );
}

const BOOT = `2 × 480 GB SATA SSD (boot, mirrored)`;
const HDD: DesignPatch = { physical: { storageNode: { driveKind: 'hdd' } } };
const VMS_1200: DesignPatch = { physical: { workload: { vms: 1200 } } };

describe('bill of materials', () => {
  it('boots every node from a mirrored pair of 480 GB SATA SSDs, a convention', () => {
    expect([BOOT_DRIVES_PER_NODE, BOOT_DRIVE_GB]).toEqual([2, 480]);
    for (const r of bomOf({ logical: { networkNodes: 2 } })) {
      const boot = r.drives.lines.at(-1);
      expect(boot, r.role).toMatchObject({ quantity: 2, each: 480, totalQuantity: 2 * r.count });
      expect(r.drives.working.at(-1)?.bookNote).toMatch(/convention/);
    }
  });

  it("buys the book's compute nodes: 8 × (2 × 10 cores, 16 × 16 GB, 2 NICs, 8 × 960 GB + boot)", () => {
    const compute = row(bomOf(), 'compute');
    expect(compute.count).toBe(8);
    expect(line(compute.cpu)).toEqual([2, 10, 16]); // 16 CPUs in all
    expect(line(compute.ram)).toEqual([16, 16, 128]); // 128 sticks in all
    expect(line(compute.nics)).toEqual([2, 10, 16]); // bonded 10 Gbit/s pair
    // 8 instance-disk drives + 2 boot = 10 per node; × 8 nodes = 80
    expect(driveLines(compute.drives)).toEqual([
      '8 × 960 GB drive (instance disks) → 64',
      `${BOOT} → 16`,
    ]);
    expect([compute.drives.perNode, compute.drives.totalQuantity]).toEqual([10, 80]);
  });

  it('shows the working of each compute part', () => {
    const { cpu, ram, drives } = row(bomOf(), 'compute');
    const results = [cpu, ram, drives].map((c) => c.working.map((w) => [w.formula, w.result]));
    expect(results).toEqual([
      [['socketsPerServer × coresPerSocket', 20]],
      [['sticksPerNode × stickGb', 256]],
      [
        ['drivesPerNode × driveGb', 7680],
        ['(dataDrivesPerNode + bootDrivesPerNode) × computeNodes', 80],
      ],
    ]);
  });

  it("builds the book's 5 storage nodes as the design gives them, beside what Ceph needs", () => {
    const sizing = sizingOf();
    const storage = row(billOfMaterials(designWith(), sizing), 'storage');
    expect(storage.count).toBe(5);
    // 32 cores installed; Ceph: 12 SSD OSDs × 2 cores + 2 host cores = 26; 5 × 32 = 160 in all
    expect(line(storage.cpu)).toEqual([32, 26, 160]);
    // 128 GB installed, 5 × 128 = 640 GB in all, beside the engine's own figure for Ceph's need
    expect(line(storage.ram)).toEqual([128, sizing.report.ceph.ramGbNeededPerStorageNode, 640]);
    // dataLinksPerNode 1 × 2 bonded = 2 NICs at the storage node's 25 Gbit/s; 5 × 2 = 10
    expect(line(storage.nics)).toEqual([2, 25, 10]);
    // 12 × 7.68 TB SATA SSD × 5 nodes = 60 data drives; 2 boot × 5 = 10; 14 per node, 70 in all
    expect(driveLines(storage.drives)).toEqual([
      '12 × 7.68 TB SATA SSD (data, one Ceph OSD each) → 60',
      `${BOOT} → 10`,
    ]);
    expect([storage.drives.perNode, storage.drives.totalQuantity]).toEqual([14, 70]);
    expect(storage.drives.working.map((w) => [w.formula, w.result])).toEqual([
      ['(dataDrivesPerNode + bootDrivesPerNode) × storageNodes', 70],
    ]);
    // The needs are the engine's figures, shown with the engine's working, not worked out again.
    expect(storage.cpu.working).toEqual([sizing.working['ceph.coresNeededPerStorageNode']]);
    expect(storage.ram.working).toEqual([sizing.working['ceph.ramGbNeededPerStorageNode']]);
    expect(storage.nics.working).toEqual([sizing.working['network.nicsPerNode']]);
  });

  it('gives HDD storage nodes their BlueStore DB SSDs', () => {
    const sizing = sizingOf(HDD);
    const storage = row(billOfMaterials(designWith(HDD), sizing), 'storage');
    // ⌈12 HDDs / 5 per DB SSD⌉ = 3 DB SSDs per node, each serving at most 5 HDDs:
    // 5 × 7.68 TB × 1000 × 4 % = 1,536 GB; 3 × 5 nodes = 15 in all
    // 12 + 3 + 2 = 17 drives per node; × 5 = 85 in all
    expect(driveLines(storage.drives)).toEqual([
      '12 × 7.68 TB HDD (data, one Ceph OSD each) → 60',
      '3 × 1536 GB SATA SSD (BlueStore DB for the HDDs) → 15',
      `${BOOT} → 10`,
    ]);
    expect([storage.drives.perNode, storage.drives.totalQuantity]).toEqual([17, 85]);
    expect(storage.drives.working[0]).toEqual(sizing.working['ceph.dbDevicesPerStorageNode']);
    expect(storage.drives.working.map((w) => [w.formula, w.result]).slice(1)).toEqual([
      ['(dataDrivesPerNode + dbDevicesPerStorageNode + bootDrivesPerNode) × storageNodes', 85],
    ]);
    // HDD OSDs need 1 core each: 12 × 1 + 2 = 14
    expect(line(storage.cpu)).toEqual([32, 14, 160]);
  });

  it('never puts more data drives in a 1,200-VM storage node than it has bays', () => {
    const design = designWith(VMS_1200);
    const sizing = sizingOf(VMS_1200);
    const storage = row(billOfMaterials(design, sizing), 'storage');
    // The engine sizes 13 nodes of 12 × 7.68 TB; the old rule asked 194 × 960 GB drives of each.
    expect(storage.count).toBe(13);
    const [data] = storage.drives.lines;
    expect(data).toMatchObject({ quantity: 12, each: 7.68, unit: 'TB', totalQuantity: 156 });
    expect(data?.quantity).toBeLessThanOrEqual(design.physical.storageNode.driveBays);
    // 13 × (12 + 2) = 182 drives in all
    expect(storage.drives.totalQuantity).toBe(182);
  });

  it('keeps a hyperconverged compute row’s OSD drives and adds the boot pair', () => {
    const compute = row(bomOf({ physical: { storage: { hyperconverged: true } } }), 'compute');
    expect(driveLines(compute.drives)).toEqual([
      `8 × 960 GB drive (data, one Ceph OSD each) → ${8 * compute.count}`,
      `${BOOT} → ${2 * compute.count}`,
    ]);
    expect(compute.drives.working[0]?.formula).toBe('drivesPerNode × driveGb');
  });

  it('says plainly what the book does not size instead of inventing numbers', () => {
    const controller = row(bomOf(), 'controller');
    expect(controller.count).toBe(3);
    for (const cell of [controller.cpu, controller.ram])
      expect(line(cell)).toMatch(/^Not sized by the book/);
    expect(controller.drives.note).toMatch(/^Data drives not sized by the book/);
    // Boot drives only: 2 × 3 controllers = 6
    expect(driveLines(controller.drives)).toEqual([`${BOOT} → 6`]);
    expect(controller.drives.working.map((w) => [w.formula, w.result])).toEqual([
      ['bootDrivesPerNode × controllers', 6],
    ]);
    expect(line(controller.nics)).toBe(
      'Not sized by the book; joins Management/API, Tenant data, Storage, External.',
    );
  });

  it('leaves out roles without nodes and follows the design', () => {
    expect(bomOf().map((r) => r.role)).toEqual(['controller', 'compute', 'storage']);
    const rows = bomOf({ logical: { networkNodes: 2 }, physical: { workload: { vms: 375 } } });
    expect(rows.map((r) => [r.role, r.count])).toEqual([
      ['controller', 3],
      ['network', 2],
      ['compute', 15],
      ['storage', 5],
    ]);
    expect(driveLines(row(rows, 'network').drives)).toEqual([`${BOOT} → 4`]);
    expect(line(row(rows, 'network').nics)).toBe(
      'Not sized by the book; joins Management/API, Tenant data, External.',
    );
  });
});

function sized(design: Design) {
  const result = sizeDesign(design);
  return result.ok ? result.sizing : null;
}

// Property runs are many sizings each: give them room on a busy machine.
describe('bill of materials, for every valid design', { timeout: 30_000 }, () => {
  it('fits the data drives in the bays and counts every drive in all the nodes', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const sizing = sized(design);
        if (!sizing) return;
        for (const r of billOfMaterials(design, sizing)) {
          const { drives } = r;
          for (const l of drives.lines) expect(l.totalQuantity).toBe(l.quantity * r.count);
          const perNode = drives.lines.reduce((sum, l) => sum + l.quantity, 0);
          expect(drives.perNode).toBe(perNode);
          expect(drives.totalQuantity).toBe(perNode * r.count);
          if (r.role !== 'storage') continue;
          const [data] = drives.lines;
          expect(data?.quantity).toBeLessThanOrEqual(design.physical.storageNode.driveBays);
          expect(r.count).toBe(sizing.report.nodes.storage);
          expect(data?.quantity).toBe(design.physical.storageNode.drivesPerNode);
          expect(data?.totalQuantity).toBe(
            sizing.report.nodes.storage * design.physical.storageNode.drivesPerNode,
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('rack bill of materials', () => {
  it('takes the book design’s racks, switches and power from the report, a PDU pair per rack', () => {
    const racks = rackBillOfMaterials(sizingOf());
    expect(racks).toMatchObject({
      racks: 1,
      switches: 2,
      portsPerSwitch: 20,
      pdusPerRack: 2,
      pdus: 2,
      powerKw: 6,
      heatBtuPerHour: 20472.84,
    });
    expect(PDUS_PER_RACK).toBe(2);
  });
});
