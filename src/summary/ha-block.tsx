import type { Design } from '../design/design-schema';
import { formatNumber } from '../working/format-number';
import { haMechanism, quorumStatement } from './ha-text';

/** High availability of the control plane: controllers, virtual IPs, HAProxy/Pacemaker, quorum. */
export function HaBlock({ design }: { design: Design }) {
  const { controllers, haVips } = design.logical;
  return (
    <div className="print-block">
      <h3>High availability</h3>
      <dl className="print-facts">
        <dt>Controllers</dt>
        <dd>{formatNumber(controllers)}</dd>
        <dt>Virtual IPs</dt>
        <dd>{formatNumber(haVips)} fronted by load balancers, each one more public IP</dd>
        <dt>Load balancing</dt>
        <dd>{haMechanism(controllers)}</dd>
        <dt>Quorum</dt>
        <dd>{quorumStatement(controllers)}</dd>
      </dl>
    </div>
  );
}
