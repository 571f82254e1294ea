import type { Design } from '../design/design-schema';
import { BASE_MTU, instanceMtu, NETWORK_MODE_BY_ID } from '../design/network-modes';
import type { Placement } from '../engine/logical/placement';
import { ROLE_LABELS } from '../engine/logical/node-roles';
import { formatNumber } from '../working/format-number';

function mtuConsequence(design: Design): string {
  const mode = NETWORK_MODE_BY_ID[design.logical.networkMode];
  const bytes = mode.encapsulationBytes;
  if (bytes <= 0)
    return `No encapsulation: instances keep the full ${formatNumber(BASE_MTU)}-byte MTU.`;
  return (
    `The tunnel header takes ${bytes} bytes: ${formatNumber(BASE_MTU)} − ${bytes} = ` +
    `${formatNumber(instanceMtu(mode))} bytes of MTU for instances, unless the tenant network ` +
    'carries jumbo frames.'
  );
}

function tenantNetworkText(design: Design, tenantNetworks: number): string {
  const mode = NETWORK_MODE_BY_ID[design.logical.networkMode];
  const needed = formatNumber(tenantNetworks);
  if (mode.maxTenantNetworks === null) return `${needed} needed; no VLAN limit.`;
  return `${needed} needed, at most ${formatNumber(mode.maxTenantNetworks)} in this mode.`;
}

/** The network mode with what it means for this design, then the physical networks. */
export function NetworkBlock({
  design,
  placement,
  tenantNetworks,
}: {
  design: Design;
  placement: Placement;
  /** The report's count: the block shows it, never works it out. */
  tenantNetworks: number;
}) {
  const mode = NETWORK_MODE_BY_ID[design.logical.networkMode];
  return (
    <div className="print-block">
      <h3>Network mode: {mode.label}</h3>
      <dl className="print-facts">
        <dt>Implementation</dt>
        <dd>{mode.implementation}</dd>
        <dt>Characteristics</dt>
        <dd>{mode.characteristics.join('; ')}</dd>
        <dt>Tenant isolation</dt>
        <dd>{mode.tenantIsolation ? 'Yes' : 'No: every tenant shares one network'}</dd>
        <dt>Tenant networks</dt>
        <dd>{tenantNetworkText(design, tenantNetworks)}</dd>
        <dt>MTU</dt>
        <dd>{mtuConsequence(design)}</dd>
      </dl>
      <table className="data-table print-table">
        <caption>Physical networks</caption>
        <thead>
          <tr>
            <th scope="col">Network</th>
            <th scope="col">Joins (what for)</th>
            <th scope="col">MTU</th>
          </tr>
        </thead>
        <tbody>
          {placement.networks.map((n) => (
            <tr key={n.id} data-print-network={n.id}>
              <th scope="row">{n.label}</th>
              <td>{n.reaches.map((r) => `${ROLE_LABELS[r.role]} (${r.purpose})`).join('; ')}</td>
              <td className="numeric">
                {formatNumber(n.mtu === null ? BASE_MTU : n.mtu.mtu)}
                {n.mtu === null ? '' : ` (${n.mtu.encapsulation})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
