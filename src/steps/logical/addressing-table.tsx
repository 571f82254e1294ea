import { SideScroll } from '../../app/side-scroll';
import { ROLE_LABELS } from '../../engine/logical/node-roles';
import type { AddressingReport } from '../../engine/report/addressing-report-types';
import { formatNumber } from '../../working/format-number';

/** The engine's addressing plan as read on screen and on paper: nothing here is recomputed. */
export function AddressingTable({ addressing }: { addressing: AddressingReport }) {
  const pool = addressing.floatingRange;
  return (
    <>
      <SideScroll label="Addressing plan">
        <table className="data-table" data-testid="addressing-table">
          <caption>Addressing plan</caption>
          <thead>
            <tr>
              <th scope="col">Network</th>
              <th scope="col">Range</th>
              <th scope="col">Addresses needed</th>
              <th scope="col">Addresses in the range</th>
              <th scope="col">Narrowest range that fits</th>
              <th scope="col">Gateway</th>
              <th scope="col">Nodes</th>
            </tr>
          </thead>
          <tbody>
            {addressing.networks.map((n) => (
              <tr key={n.id}>
                <th scope="row">{n.label}</th>
                <td>{n.cidr}</td>
                <td>{formatNumber(n.addressesNeeded)}</td>
                <td>{formatNumber(n.usableAddresses)}</td>
                <td>/{n.smallestPrefix}</td>
                <td>{n.gateway}</td>
                <td>
                  {n.fits
                    ? n.blocks
                        .map((b) => `${ROLE_LABELS[b.role]} ${b.first} to ${b.last}`)
                        .join('; ')
                    : 'Range too small: no addresses handed out'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </SideScroll>
      <dl className="definition-list">
        <dt>Internal VIP</dt>
        <dd>{addressing.internalVip ?? 'none: the management range is too small'}</dd>
        <dt>External VIP</dt>
        <dd>{addressing.externalVip ?? 'none: the external range is too small'}</dd>
        {addressing.extraVips.length > 0 && (
          <>
            <dt>Other virtual IPs</dt>
            <dd>{addressing.extraVips.join(', ')}</dd>
          </>
        )}
        <dt>Floating IPs</dt>
        <dd>
          {pool ? `${pool.first} to ${pool.last} (${formatNumber(pool.count)} addresses)` : 'none'}
        </dd>
      </dl>
    </>
  );
}
