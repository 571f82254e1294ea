import type { BomCell, BomDriveLine, BomDrives, BomRow } from '../engine/bom/bill-of-materials';
import { WorkingView } from '../figures/working-view';
import { formatNumber } from '../working/format-number';
import { formatFigure } from '../working/format-figure';

type PartName = 'cpu' | 'ram' | 'nics';

const PARTS: readonly { key: PartName; label: string; per: string; many: string }[] = [
  { key: 'cpu', label: 'CPU', per: 'sockets × cores', many: 'CPUs' },
  { key: 'ram', label: 'RAM', per: 'sticks × size', many: 'sticks' },
  { key: 'nics', label: 'NICs', per: 'NICs × speed', many: 'NICs' },
];

type PartLine = { labels: string[]; cell: BomCell; many: string; per: string };

/** Parts whose cells say the same thing share one line, so "not sized" is said once per role. */
function partLines(row: BomRow): PartLine[] {
  const lines: PartLine[] = [];
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
  if (cell.kind === 'amount')
    return (
      <>
        {formatFigure(cell.amount, cell.unit)} {cell.unit}
        <span className="print-bom__per">
          {' '}
          ({cell.needed.by} needs {formatFigure(cell.needed.amount, cell.unit)} {cell.unit})
        </span>
      </>
    );
  return (
    <>
      {formatNumber(cell.quantity)} × {formatNumber(cell.each)} {cell.unit}
      <span className="print-bom__per"> ({per})</span>
      {cell.note && (
        <>
          <br />
          <span className="print-bom__per">{cell.note}</span>
        </>
      )}
    </>
  );
}

function inAll(cell: BomCell, many: string): string {
  if (cell.kind === 'part') return `${formatNumber(cell.totalQuantity)} ${many}`;
  if (cell.kind === 'amount') return `${formatFigure(cell.totalAmount, cell.unit)} ${cell.unit}`;
  return '—';
}

function Workings({ cell }: { cell: { working: BomCell['working'] } }) {
  return cell.working.map((w) => <WorkingView key={w.formula} working={w} />);
}

function driveText(line: BomDriveLine): string {
  return `${formatNumber(line.quantity)} × ${formatNumber(line.each)} ${line.unit} ${line.name}`;
}

/**
 * The drives take a line per kind (data, BlueStore DB, boot), then the node's and the role's
 * totals, so each purchase line reads quantity × size on screen and on paper alike.
 */
function DriveRows({ drives }: { drives: BomDrives }) {
  const rows = [
    ...drives.lines.map((line) => ({
      key: line.purpose,
      perNode: (
        <>
          {driveText(line)}
          <span className="print-bom__per"> ({line.purpose})</span>
        </>
      ),
      total: `${formatNumber(line.totalQuantity)} drives`,
    })),
    ...(drives.lines.length > 1
      ? [
          {
            key: 'total',
            perNode: <strong>{formatNumber(drives.perNode)} drives per node</strong>,
            total: `${formatNumber(drives.totalQuantity)} drives`,
          },
        ]
      : []),
    ...(drives.note ? [{ key: 'note', perNode: <em>{drives.note}</em>, total: '—' }] : []),
  ];
  return rows.map((r, i) => (
    <tr key={r.key} data-print-bom-drive={r.key}>
      {i === 0 && (
        <th scope="row" rowSpan={rows.length}>
          Drives
        </th>
      )}
      <td>{r.perNode}</td>
      <td className="numeric">{r.key === 'total' ? <strong>{r.total}</strong> : r.total}</td>
      {i === 0 && (
        <td rowSpan={rows.length}>
          <Workings cell={drives} />
        </td>
      )}
    </tr>
  ));
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
            <td className="numeric">{inAll(cell, many)}</td>
            <td>
              <Workings cell={cell} />
            </td>
          </tr>
        ))}
        <DriveRows drives={row.drives} />
      </tbody>
    </table>
  );
}
