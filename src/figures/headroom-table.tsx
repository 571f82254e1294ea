import type { Design } from '../design/design-schema';
import type { HeadroomRow, Resource } from '../engine/report/plan-report-types';
import type { Sizing } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';
import { nodesText, percentText, percentWidth } from './plan-format';
import { SideScroll } from '../app/side-scroll';
import './plan-tables.css';

type HeadroomTableProps = { design: Design; sizing: Sizing; width?: number | undefined };

const RESOURCE_LABELS: Record<Resource, string> = {
  cpu: 'CPU (GHz)',
  vcpu: 'vCPUs (Nova)',
  ram: 'RAM',
  network: 'Network',
};
const n = formatNumber;

function MoreCell({
  row,
  resource,
  value,
}: {
  row: HeadroomRow;
  resource: Resource;
  value: number;
}) {
  // The resource that runs out first is bold as well as named, so it reads without colour.
  const limiting = row.limitedBy === resource;
  return (
    <td className="numeric" data-limiting={limiting ? '' : undefined}>
      {limiting ? <strong>{n(value)}</strong> : n(value)}
    </td>
  );
}

function UseBar({ share }: { share: number }) {
  return (
    <span className="use-bar" aria-hidden="true">
      <span className="use-bar__fill" style={{ width: percentWidth(share) }} />
    </span>
  );
}

/**
 * What the sized compute nodes still take: per flavor (or the average VM) how many more fit by
 * CPU, Nova's vCPU limit (when the design counts vCPUs), RAM and bandwidth and which runs out first, then how much of each resource is in use.
 */
export function HeadroomTable({ sizing, width }: HeadroomTableProps) {
  const { headroom, compute } = sizing.report;
  const spares =
    compute.nodes === headroom.computeNodes
      ? ''
      : `; the rest of the ${n(compute.nodes)} are spares, kept free for failures`;
  const vcpus = headroom.capacityVcpus !== null;
  // Without vCPU counts (the book's average VM in GHz) Nova's vCPU limit does not apply.
  const resources: readonly Resource[] = vcpus
    ? ['cpu', 'vcpu', 'ram', 'network']
    : ['cpu', 'ram', 'network'];
  const free: Record<Resource, string> = {
    cpu: `${n(headroom.freeGhz)} GHz of ${n(headroom.capacityGhz)}`,
    vcpu: `${n(headroom.freeVcpus ?? 0)} vCPUs of ${n(headroom.capacityVcpus ?? 0)}`,
    ram: `${nodesText(headroom.freeRamNodes)} nodes' worth of RAM`,
    network: `${nodesText(headroom.freeNetworkNodes)} nodes' worth of bandwidth`,
  };
  return (
    <div
      className="plan-table"
      data-table="headroom"
      style={width === undefined ? undefined : { width }}
    >
      <SideScroll label="Headroom">
        <table className="data-table">
          <caption>
            Headroom: more instances that fit on the {n(headroom.computeNodes)} compute nodes the
            instances need{spares}
          </caption>
          <thead>
            <tr>
              <th scope="col">Flavor</th>
              <th scope="col" className="numeric">
                More that fit
              </th>
              <th scope="col" className="numeric">
                By CPU
              </th>
              {vcpus && (
                <th scope="col" className="numeric">
                  By vCPUs
                </th>
              )}
              <th scope="col" className="numeric">
                By RAM
              </th>
              <th scope="col" className="numeric">
                By network
              </th>
              <th scope="col">Runs out first</th>
            </tr>
          </thead>
          <tbody>
            {headroom.rows.map((row) => (
              <tr key={row.name} data-flavor={row.name}>
                <th scope="row">{row.name}</th>
                <td className="numeric">{n(row.more)}</td>
                <MoreCell row={row} resource="cpu" value={row.moreByCpu} />
                {row.moreByVcpu !== null && (
                  <MoreCell row={row} resource="vcpu" value={row.moreByVcpu} />
                )}
                <MoreCell row={row} resource="ram" value={row.moreByRam} />
                <MoreCell row={row} resource="network" value={row.moreByNetwork} />
                <td>{RESOURCE_LABELS[row.limitedBy]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </SideScroll>
      <SideScroll label="Resources in use">
        <table className="data-table">
          <caption>Resources in use on those nodes</caption>
          <thead>
            <tr>
              <th scope="col">Resource</th>
              <th scope="col" className="numeric">
                In use
              </th>
              <th scope="col">
                <span className="visually-hidden">Share in use as a bar</span>
              </th>
              <th scope="col">Still free</th>
            </tr>
          </thead>
          <tbody>
            {resources.map((resource) => (
              <tr key={resource} data-resource={resource}>
                <th scope="row">{RESOURCE_LABELS[resource]}</th>
                <td className="numeric">{percentText(headroom.utilisation[resource] ?? 0)}</td>
                <td className="plan-table__bar">
                  <UseBar share={headroom.utilisation[resource] ?? 0} />
                </td>
                <td>{free[resource]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </SideScroll>
    </div>
  );
}
