import type { Placement } from '../engine/logical/placement';
import { ROLE_LABELS } from '../engine/logical/node-roles';
import { roleTitle } from './diagram-layout';
import { mtuText } from './network-styles';

function networkLabels(placement: Placement): Map<string, string> {
  return new Map(placement.networks.map((n) => [n.id, n.label]));
}

/** The drawing in one paragraph, for the SVG's <desc>. */
export function diagramSummary(placement: Placement): string {
  const roles = placement.roles.map((r) => roleTitle(r.label, r.count)).join(', ');
  const networks = placement.networks
    .map((n) => `${n.label} to ${n.reaches.map((r) => ROLE_LABELS[r.role]).join(', ')}`)
    .join('; ');
  return `Node roles: ${roles}. Networks: ${networks}.`;
}

/** The visible text alternative: every role with its services, every network with its roles. */
export function DiagramText({ placement }: { placement: Placement }) {
  const labels = networkLabels(placement);
  return (
    <div className="logical-diagram__text">
      <ul aria-label="Node roles and their services">
        {placement.roles.map((r) => (
          <li key={r.role} data-role={r.role}>
            <strong>{roleTitle(r.label, r.count)}</strong>:{' '}
            {r.services.map((s) => s.label).join('; ')}. Networks:{' '}
            {r.networks.map((id) => labels.get(id) ?? id).join(', ')}.
          </li>
        ))}
      </ul>
      <ul aria-label="Physical networks and the roles they join">
        {placement.networks.map((n) => {
          const mtu = mtuText(n);
          return (
            <li key={n.id} data-network={n.id}>
              <strong>{n.label}</strong>
              {mtu === null ? '' : ` (${mtu})`}:{' '}
              {n.reaches.map((r) => `${ROLE_LABELS[r.role]} (${r.purpose})`).join('; ')}.
            </li>
          );
        })}
      </ul>
      {placement.networkAgentsOn === 'controller' ? (
        <p>No dedicated network nodes: the network agents run on the controllers.</p>
      ) : null}
    </div>
  );
}
