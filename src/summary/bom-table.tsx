import type { BomCell, BomRow } from '../engine/bom/bill-of-materials';
import { WorkingView } from '../figures/working-view';
import { formatNumber } from '../working/format-number';

type PartName = 'cpu' | 'ram' | 'nics' | 'drives';

const PARTS: readonly { key: PartName; label: string; per: string; many: string }[] = [
  { key: 'cpu', label: 'CPU', per: 'sockets × cores', many: 'CPUs' },
  { key: 'ram', label: 'RAM', per: 'sticks × size', many: 'sticks' },
  { key: 'nics', label: 'NICs', per: 'NICs × speed', many: 'NICs' },
  { key: 'drives', label: 'Drives', per: 'drives × size', many: 'drives' },
];

/** Parts whose cells say the same thing share one line, so "not sized" is said once per role. */
function partLines(row: BomRow): { labels: string[]; cell: BomCell; many: string; per: string }[] {
  const lines: { labels: string[]; cell: BomCell; many: string; per: string }[] = [];
  for (const part of PARTS) {
    const cell = row[part.key];
    const same = lines.find(
      (l) =>
        l.cell.kind === 'not-sized' &&
        cell.kind === 'not-sized' &&
        l.cell.reason === cell.reason &&
        l.cell.working.length === 0 &&
        cell.working.length === 0,
    );
    if (same) same.labels.push(part.label);
    else lines.push({ labels: [part.label], cell, many: part.many, per: part.per });
  }
  return lines;
}

function PerNode({ cell, per }: { cell: BomCell; per: string }) {
  if (cell.kind === 'not-sized') return <em>{cell.reason}</em>;
  return (
    <>
      {formatNumber(cell.quantity)} × {formatNumber(cell.each)} {cell.unit}
      <span className="print-bom__per"> ({per})</span>
    </>
  );
}

/** One table per node role: each part per node, in all the role's nodes, and its working. */
export function BomTable({ row }: { row: BomRow }) {
  return (
    <table className="data-table print-table print-bom" data-print-bom={row.role}>
      <caption>
        {row.label}: {formatNumber(row.count)} node{row.count === 1 ? '' : 's'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">Per node</th>
          <th scope="col" className="numeric">
            In all
          </th>
          <th scope="col">Working</th>
        </tr>
      </thead>
      <tbody>
        {partLines(row).map(({ labels, cell, many, per }) => (
          <tr key={labels.join()}>
            <th scope="row">{labels.join(', ')}</th>
            <td>
              <PerNode cell={cell} per={per} />
            </td>
            <td className="numeric">
              {cell.kind === 'part' ? `${formatNumber(cell.totalQuantity)} ${many}` : '—'}
            </td>
            <td>
              {cell.working.map((w) => (
                <WorkingView key={w.formula} working={w} />
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
