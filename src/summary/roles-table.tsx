import type { Placement } from '../engine/logical/placement';
import { formatNumber } from '../working/format-number';

/** Each node role with its count, the services it runs and the networks it joins. */
export function RolesTable({ placement }: { placement: Placement }) {
  const labels = new Map(placement.networks.map((n) => [n.id, n.label]));
  return (
    <table className="data-table print-table">
      <caption>Node roles and the services on them</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col" className="numeric">
            Nodes
          </th>
          <th scope="col">Services</th>
          <th scope="col">Networks</th>
        </tr>
      </thead>
      <tbody>
        {placement.roles.map((r) => (
          <tr key={r.role} data-print-role={r.role}>
            <th scope="row">{r.label}</th>
            <td className="numeric">{formatNumber(r.count)}</td>
            <td>{r.services.map((s) => s.label).join('; ')}</td>
            <td>{r.networks.map((id) => labels.get(id) ?? id).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
