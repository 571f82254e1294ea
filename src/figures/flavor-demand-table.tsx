import type { Design } from '../design/design-schema';
import type { FlavorRow } from '../engine/report/plan-report-types';
import type { Sizing } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';
import { SideScroll } from '../app/side-scroll';
import './plan-tables.css';

type FlavorDemandTableProps = { design: Design; sizing: Sizing; width?: number | undefined };

const n = formatNumber;

/** Under a first header row that groups them: disk per instance, instances per node. */
const COLUMNS = [
  'vCPUs',
  'GHz',
  'RAM (GB)',
  'Mbit/s',
  'ephemeral',
  'persistent',
  'by RAM',
  'by network',
] as const;

function cells(row: FlavorRow): string[] {
  return [
    row.vcpus === null ? '—' : n(row.vcpus),
    n(row.ghzPerVm),
    n(row.ramGb),
    n(row.mbps),
    n(row.ephemeralGb),
    n(row.persistentGb),
    n(row.vmsPerNodeByRam),
    n(row.vmsPerNodeByNetwork),
  ];
}

function captionOf(sizing: Sizing): string {
  const { flavors, growth } = sizing.report;
  const what = flavors.source === 'flavors' ? 'its flavors' : "the book's average VM";
  const when = growth.buyForYear === 0 ? '' : ` in year ${growth.buyForYear}`;
  return `Instances the cloud is sized for${when}: ${what}`;
}

/**
 * The instances the cloud is sized for, one row per flavor (or the average VM), with how many of
 * each a compute node holds by RAM and by bandwidth.
 */
export function FlavorDemandTable({ sizing, width }: FlavorDemandTableProps) {
  const { flavors } = sizing.report;
  const total = flavors.rows.reduce((sum, row) => sum + row.count, 0);
  const several = flavors.rows.length > 1;
  return (
    <div
      className="plan-table"
      data-table="flavors"
      style={width === undefined ? undefined : { width }}
    >
      <SideScroll label="Instances the cloud is sized for">
        <table className="data-table">
          <caption>{captionOf(sizing)}</caption>
          <thead>
            <tr>
              <td colSpan={6} />
              <th scope="colgroup" colSpan={2} className="plan-table__group">
                Disk (GB)
              </th>
              <th scope="colgroup" colSpan={2} className="plan-table__group">
                VMs a node holds
              </th>
            </tr>
            <tr>
              <th scope="col">Flavor</th>
              <th scope="col" className="numeric">
                Count
              </th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="numeric">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {flavors.rows.map((row) => (
              <tr key={row.name} data-flavor={row.name}>
                <th scope="row">
                  {row.name}
                  {several && row.name === flavors.largest ? <strong> (largest)</strong> : null}
                </th>
                <td className="numeric">{n(row.count)}</td>
                {cells(row).map((value, i) => (
                  <td key={COLUMNS[i]} className="numeric">
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {several ? (
            <tfoot>
              <tr>
                <th scope="row">All flavors</th>
                <td className="numeric">{n(total)}</td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </SideScroll>
      {flavors.source === 'average-vm' ? (
        <p className="plan-table__note">
          The book gives the average VM in GHz, not vCPUs; its RAM is the most one VM takes.
        </p>
      ) : (
        <p className="plan-table__note">
          The largest flavor, {flavors.largest}, is the one Nova must still find a node for.
        </p>
      )}
    </div>
  );
}
