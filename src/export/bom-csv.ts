import { stringify } from 'csv-stringify/browser/esm/sync';
import {
  billOfMaterials,
  rackBillOfMaterials,
  type BomCell,
  type BomRow,
} from '../engine/bom/bill-of-materials';
import type { ExportInput, ExportResult } from './export-types';

const HEADER = ['Role', 'Nodes', 'Part', 'Per node', 'Size each', 'Unit', 'Total', 'Note'];

type Line = (string | number)[];

function cellLines(row: BomRow, partName: string, cell: BomCell): Line[] {
  const start = [row.label, row.count, partName];
  switch (cell.kind) {
    case 'part':
      return [[...start, cell.quantity, cell.each, cell.unit, cell.totalQuantity, cell.note ?? '']];
    case 'amount':
      return [
        [
          ...start,
          1,
          cell.amount,
          cell.unit,
          cell.totalAmount,
          `needs ${cell.needed.amount} ${cell.unit} for ${cell.needed.by}`,
        ],
      ];
    case 'not-sized':
      return [[...start, '', '', '', '', cell.reason]];
  }
}

/** The bill of materials as a spreadsheet: one row per part per role, then the racks' parts. */
export function bomCsv({ design, report, working }: ExportInput): string {
  const lines: Line[] = [];
  for (const row of billOfMaterials(design, { report, working })) {
    lines.push(...cellLines(row, 'CPU sockets', row.cpu));
    lines.push(...cellLines(row, 'RAM', row.ram));
    lines.push(...cellLines(row, 'NICs', row.nics));
    for (const drive of row.drives.lines)
      lines.push([
        row.label,
        row.count,
        `${drive.name} (${drive.purpose})`,
        drive.quantity,
        drive.each,
        drive.unit,
        drive.totalQuantity,
        '',
      ]);
    if (row.drives.lines.length === 0 && row.drives.note)
      lines.push([row.label, row.count, 'Drives', '', '', '', '', row.drives.note]);
  }
  const racks = rackBillOfMaterials({ report, working });
  lines.push(['Racks', racks.racks, 'Rack', '', '', '', racks.racks, '']);
  lines.push([
    'Racks',
    racks.racks,
    'Top-of-rack switch',
    2,
    racks.portsPerSwitch,
    'ports used',
    racks.switches,
    'an MLAG pair per rack',
  ]);
  lines.push(['Racks', racks.racks, 'PDU', racks.pdusPerRack, '', '', racks.pdus, '']);
  return stringify([HEADER, ...lines]);
}

export function csvExport(input: ExportInput): ExportResult {
  return {
    files: [{ name: 'bill-of-materials.csv', mediaType: 'text/csv', text: bomCsv(input) }],
    warnings: [],
  };
}
