import type { NetworkSpec } from './design-schema';

/** NICs cabled from every node: bonding doubles the data links for redundancy, not bandwidth. */
export function nicsPerNodeOf(network: NetworkSpec): number {
  return network.dataLinksPerNode * (network.nicBonding ? 2 : 1);
}
