import { quorumOf } from '../engine/racks/quorum';
import { formatNumber } from '../working/format-number';

/** What the controller count means for the quorum MySQL/Galera and RabbitMQ keep. */
export function quorumStatement(controllers: number): string {
  const n = formatNumber;
  if (controllers <= 1)
    return 'One controller: no high availability. Losing it stops the cloud’s APIs; use 3 (or 5) behind a virtual IP.';
  const { majority, failuresTolerated: survivors } = quorumOf(controllers);
  const keeps = `MySQL/Galera and RabbitMQ keep a quorum while ${n(majority)} of ${n(controllers)} controllers run`;
  if (survivors === 0)
    return `${keeps}: losing either controller stops the quorum, so 2 are no safer than 1. Use 3.`;
  const tolerance = `${n(survivors)} controller${survivors === 1 ? '' : 's'} may fail`;
  if (controllers % 2 === 0)
    return `${keeps}: ${tolerance}, no more than with ${n(controllers - 1)}, and a split into two halves leaves neither a majority. Use an odd number.`;
  return `${keeps}: ${tolerance} without stopping the control plane.`;
}

/** How the controllers share the work, or why they cannot. */
export function haMechanism(controllers: number): string {
  return controllers > 1
    ? 'Active/active behind a virtual IP: HAProxy spreads API calls over the controllers and Pacemaker moves the virtual IP when one fails.'
    : 'A single controller: no virtual IP, HAProxy or Pacemaker.';
}
