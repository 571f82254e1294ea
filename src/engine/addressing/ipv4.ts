import ipaddr from 'ipaddr.js';

/** An IPv4 network as numbers: its first address (host bits zero) and prefix length. */
export type Ipv4Network = { first: number; prefix: number };

/** The design's CIDRs are validated by the schema; anything else reads as null. */
export function parseNetwork(cidr: string): Ipv4Network | null {
  if (!ipaddr.IPv4.isValidCIDR(cidr)) return null;
  const [address, prefix] = ipaddr.IPv4.parseCIDR(cidr);
  return { first: toNumber(address), prefix };
}

export function toNumber(address: ipaddr.IPv4): number {
  return address.toByteArray().reduce((n, byte) => n * 256 + byte, 0);
}

export function addressText(n: number): string {
  return new ipaddr.IPv4([
    Math.floor(n / 2 ** 24) % 256,
    Math.floor(n / 2 ** 16) % 256,
    Math.floor(n / 2 ** 8) % 256,
    n % 256,
  ]).toString();
}

export function networkSize(network: Ipv4Network): number {
  return 2 ** (32 - network.prefix);
}

/** Every address but the network's own and its broadcast address. */
export function usableAddresses(network: Ipv4Network): number {
  return Math.max(0, networkSize(network) - 2);
}

/** The longest prefix (narrowest network) whose usable addresses hold `needed`. */
export function smallestPrefixFor(needed: number): number {
  let prefix = 30;
  while (prefix > 0 && 2 ** (32 - prefix) - 2 < needed) prefix -= 1;
  return prefix;
}

/** Two networks overlap exactly when one holds the other's first address. */
export function networksOverlap(a: Ipv4Network, b: Ipv4Network): boolean {
  return contains(a, b.first) || contains(b, a.first);
}

export function contains(network: Ipv4Network, address: number): boolean {
  return address >= network.first && address < network.first + networkSize(network);
}
