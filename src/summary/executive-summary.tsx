import type { Design } from '../design/design-schema';
import { SERVICE_CLASSES } from '../design/services';
import {
  billOfMaterials,
  rackBillOfMaterials,
  type BomCell,
  type BomRow,
} from '../engine/bom/bill-of-materials';
import type { Sizing } from '../engine/report/report-types';
import { BOUND_TEXT } from '../figures/key-figures-panel';
import { formatNumber } from '../working/format-number';
import { formatFigure } from '../working/format-figure';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** A part as it is bought, short: the working stays in the appendix. */
function cellText(cell: BomCell): string {
  if (cell.kind === 'part')
    return `${formatNumber(cell.quantity)} × ${formatNumber(cell.each)} ${cell.unit}`;
  if (cell.kind === 'amount') return `${formatFigure(cell.amount, cell.unit)} ${cell.unit}`;
  return 'not sized by the book';
}

function drivesText(row: BomRow): string {
  return row.drives.lines
    .map((l) => `${formatNumber(l.quantity)} × ${formatNumber(l.each)} ${l.unit} ${l.name}`)
    .join(' + ');
}

/** Roles the book sizes nothing for say so once, rather than three times across their row. */
function RoleRow({ row }: { row: BomRow }) {
  const unsized = [row.cpu, row.ram, row.nics].every((c) => c.kind === 'not-sized');
  return (
    <tr data-print-exec-bom={row.role}>
      <th scope="row">{row.label}</th>
      <td className="numeric">{formatNumber(row.count)}</td>
      {unsized ? (
        <td colSpan={3}>
          <em>CPU, RAM and NICs not sized by the book: chosen from the services it runs</em>
        </td>
      ) : (
        <>
          <td>{cellText(row.cpu)}</td>
          <td>{cellText(row.ram)}</td>
          <td>{cellText(row.nics)}</td>
        </>
      )}
      <td>{drivesText(row)}</td>
    </tr>
  );
}

/**
 * Page 1: what is built and what it takes, every number read from the report or the bill of
 * materials, so the first page a customer reads agrees with the working in the appendix.
 */
export function ExecutiveSummary({ design, sizing }: { design: Design; sizing: Sizing }) {
  const { report } = sizing;
  const { nodes, memory, compute } = report;
  const services = SERVICE_CLASSES.filter((s) => design.conceptual.services.includes(s.id));
  const rows = billOfMaterials(design, sizing);
  const racks = rackBillOfMaterials(sizing);
  const risks = report.warnings.filter((w) => w.severity === 'warning');
  return (
    <section className="print-section print-exec" aria-labelledby="print-exec">
      <h2 id="print-exec">Executive summary</h2>
      <p className="print-exec__what">
        A cloud for {plural(design.physical.workload.vms, 'instance')} offering{' '}
        {services.map((s) => s.className).join(', ')}.
      </p>
      <ul className="print-exec__figures">
        <li>
          <strong>{plural(nodes.compute, 'compute node')}</strong>, bound by{' '}
          {BOUND_TEXT[compute.bound]}
        </li>
        <li>
          <strong>{plural(nodes.controller, 'controller')}</strong>
        </li>
        {nodes.network > 0 && (
          <li>
            <strong>{plural(nodes.network, 'network node')}</strong>
          </li>
        )}
        <li>
          <strong>{plural(nodes.storage, 'storage node')}</strong>
        </li>
        <li>
          <strong>{plural(nodes.total, 'node')} in all</strong>
        </li>
        <li>
          RAM per compute node:{' '}
          <strong>
            {formatNumber(memory.sticksPerNode)} × {formatNumber(memory.stickGb)} GB ={' '}
            {formatNumber(memory.gbInstalledPerNode)} GB
          </strong>
        </li>
        <li>
          <strong>{plural(racks.racks, 'rack')}</strong>,{' '}
          <strong>{formatFigure(racks.powerKw, 'kW')} kW</strong>,{' '}
          {/* Heat is read to the whole BTU/h: the decimals are noise at rack scale. */}
          <strong>{formatNumber(Math.round(racks.heatBtuPerHour))} BTU/h</strong> of heat
        </li>
      </ul>
      <table className="data-table print-table print-exec__bom">
        <caption>What to buy</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className="numeric">
              Count
            </th>
            <th scope="col">CPU per node</th>
            <th scope="col">RAM per node</th>
            <th scope="col">NICs per node</th>
            <th scope="col">Drives per node</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RoleRow key={row.role} row={row} />
          ))}
          <tr data-print-exec-bom="switches">
            <th scope="row">Switches</th>
            <td className="numeric">{formatNumber(racks.switches)}</td>
            <td colSpan={4}>
              {plural(racks.portsPerSwitch, 'port')} used per switch, uplinks included
            </td>
          </tr>
          <tr data-print-exec-bom="racks">
            <th scope="row">Racks</th>
            <td className="numeric">{formatNumber(racks.racks)}</td>
            <td colSpan={4}>{formatNumber(report.racks.unitsPerRack)} U each</td>
          </tr>
          <tr data-print-exec-bom="pdus">
            <th scope="row">PDUs</th>
            <td className="numeric">{formatNumber(racks.pdus)}</td>
            <td colSpan={4}>A pair per rack on separate feeds: a convention, not the book’s</td>
          </tr>
        </tbody>
      </table>
      <h3>Main risks</h3>
      {risks.length === 0 ? (
        <p>None: the design meets every check.</p>
      ) : (
        <ul className="print-list print-exec__risks">
          {risks.map((w) => (
            <li key={w.code}>{w.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
