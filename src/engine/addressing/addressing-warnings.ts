import { readable } from '../report/readable';
import type { AddressingReport } from '../report/addressing-report-types';
import type { SizingWarning } from '../report/report-types';

/** A range too small for what it must hold, and ranges that share addresses, each named. */
export function addressingWarnings(addressing: AddressingReport): SizingWarning[] {
  const warnings: SizingWarning[] = [];
  for (const network of addressing.networks) {
    if (network.fits) continue;
    warnings.push({
      code: 'address-range-too-small',
      severity: 'warning',
      message: `The ${network.label} range ${network.cidr} gives ${readable(network.usableAddresses)} addresses but the network needs ${readable(network.addressesNeeded)}: widen it to /${network.smallestPrefix} or wider.`,
    });
  }
  const reported = new Set<string>();
  for (const network of addressing.networks) {
    for (const otherId of network.overlaps) {
      const other = addressing.networks.find((n) => n.id === otherId);
      const pair = [network.id, otherId].sort().join('+');
      if (!other || reported.has(pair)) continue;
      reported.add(pair);
      warnings.push({
        code: 'address-ranges-overlap',
        severity: 'warning',
        message: `The ${network.label} range ${network.cidr} and the ${other.label} range ${other.cidr} share addresses: give each network a range of its own.`,
      });
    }
  }
  return warnings;
}
