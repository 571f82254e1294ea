import { describe, expect, it } from 'vitest';
import { designWith, type DesignPatch } from '../../test-support/design-builders';
import { billOfMaterials, type BomCell, type BomRow } from './bill-of-materials';
import { sizeDesign } from '../size-design';

function bomOf(patch: DesignPatch = {}): BomRow[] {
  const design = designWith(patch);
  const result = sizeDesign(design);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return billOfMaterials(design, result.sizing);
}

function row(rows: readonly BomRow[], role: BomRow['role']): BomRow {
  const found = rows.find((r) => r.role === role);
  if (!found) throw new Error(`no ${role} row`);
  return found;
}

/** quantity × each, and parts in all: the three numbers a purchase line needs. */
function line(cell: BomCell): [number, number, number] | string {
  return cell.kind === 'part' ? [cell.quantity, cell.each, cell.totalQuantity] : cell.reason;
}

describe('bill of materials', () => {
  it("buys the book's compute nodes: 8 × (2 × 10 cores, 16 × 16 GB, 2 NICs, 8 × 960 GB)", () => {
    const compute = row(bomOf(), 'compute');
    expect(compute.count).toBe(8);
    expect(line(compute.cpu)).toEqual([2, 10, 16]); // 16 CPUs in all
    expect(line(compute.ram)).toEqual([16, 16, 128]); // 128 sticks in all
    expect(line(compute.nics)).toEqual([2, 10, 16]); // bonded 10 Gbit/s pair
    expect(line(compute.drives)).toEqual([8, 960, 64]);
  });

  it('shows the working of each compute part', () => {
    const { cpu, ram, drives } = row(bomOf(), 'compute');
    const results = [cpu, ram, drives].map((c) => c.working.map((w) => [w.formula, w.result]));
    expect(results).toEqual([
      [['socketsPerServer × coresPerSocket', 20]],
      [['sticksPerNode × stickGb', 256]],
      [['drivesPerNode × driveGb', 7680]],
    ]);
  });

  it('sizes storage-node drives from the replicated block and object data', () => {
    const storage = row(bomOf(), 'storage');
    expect(storage.count).toBe(5);
    // (150,000 GB block raw + 30 TB × 1000 object raw) / 5 nodes = 36,000 GB; / 960 = 37.5 → 38
    expect(line(storage.drives)).toEqual([38, 960, 190]);
    expect(storage.drives.working.map((w) => w.result)).toEqual([36000, 38]);
    expect(storage.drives.working[0]?.formula).toBe(
      '(blockRawGb + objectRawTb × 1000) / storageNodes',
    );
  });

  it('says plainly what the book does not size instead of inventing numbers', () => {
    const controller = row(bomOf(), 'controller');
    expect(controller.count).toBe(3);
    for (const cell of [controller.cpu, controller.ram, controller.drives])
      expect(line(cell)).toMatch(/^Not sized by the book/);
    expect(line(controller.nics)).toBe(
      'Not sized by the book; joins Management/API, Tenant data, Storage, External.',
    );
  });

  it('leaves out roles without nodes and follows the design', () => {
    expect(bomOf().map((r) => r.role)).toEqual(['controller', 'compute', 'storage']);
    const rows = bomOf({
      logical: { networkNodes: 2 },
      physical: { workload: { vms: 375 }, storage: { driveGb: 1920 } },
    });
    expect(rows.map((r) => [r.role, r.count])).toEqual([
      ['controller', 3],
      ['network', 2],
      ['compute', 15],
      ['storage', 5],
    ]);
    // 375 × 250 GB × 3 = 281,250 GB + 30,000 GB = 311,250 GB / 5 = 62,250 GB / 1,920 → 33 drives
    expect(line(row(rows, 'storage').drives)).toEqual([33, 1920, 165]);
    expect(line(row(rows, 'network').nics)).toBe(
      'Not sized by the book; joins Management/API, Tenant data, External.',
    );
  });

  it('counts only the storage services chosen', () => {
    const noObject = bomOf({
      conceptual: { services: ['compute', 'image', 'network', 'identity', 'blockStorage'] },
    });
    // 150,000 GB / 5 = 30,000 GB / 960 = 31.25 → 32 drives
    const drives = row(noObject, 'storage').drives;
    expect(line(drives)).toEqual([32, 960, 160]);
    expect(drives.working[0]?.formula).toBe('blockRawGb / storageNodes');

    const sharesOnly = bomOf({
      conceptual: { services: ['compute', 'image', 'network', 'identity', 'fileShare'] },
    });
    expect(line(row(sharesOnly, 'storage').drives)).toBe(
      'The design sizes no capacity for these nodes to hold.',
    );
  });

  it('keeps the raw capacity when no drive size is set', () => {
    const drives = row(bomOf({ physical: { storage: { driveGb: 0 } } }), 'storage').drives;
    expect(drives.kind).toBe('not-sized');
    expect(drives.working.map((w) => w.result)).toEqual([36000]);
  });
});
