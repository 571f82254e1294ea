import ipaddr from 'ipaddr.js';
import * as z from 'zod/mini';
import { RELEASE_IDS } from './releases';

/** Narrower than /30 leaves no address for a host once the network and broadcast are kept. */
export const NARROWEST_PREFIX = 30;
export const WIDEST_PREFIX = 8;

const CIDR_RULE = `must be an IPv4 network such as 10.0.0.0/24, prefix /${WIDEST_PREFIX} to /${NARROWEST_PREFIX}`;

/** An IPv4 network written as its first address and prefix; a host address inside it is refused. */
function ipv4Network() {
  return z.string({ error: CIDR_RULE }).check(
    z.refine((value) => readCidr(value) !== null, { error: CIDR_RULE }),
    z.refine((value) => isNetworkAddress(value), {
      error: 'must start at the network address (the host bits all zero), e.g. 10.0.0.0/24',
    }),
  );
}

/** An IPv4 network's first address and prefix, or null when the text is not one. */
export function readCidr(value: string): { address: ipaddr.IPv4; prefix: number } | null {
  if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(value) || !ipaddr.IPv4.isValidCIDR(value))
    return null;
  const [address, prefix] = ipaddr.IPv4.parseCIDR(value);
  if (prefix < WIDEST_PREFIX || prefix > NARROWEST_PREFIX) return null;
  return { address, prefix };
}

function isNetworkAddress(value: string): boolean {
  const cidr = readCidr(value);
  if (cidr === null) return true;
  return ipaddr.IPv4.networkAddressFromCIDR(value).toString() === cidr.address.toString();
}

/** The addressing plan: one range per physical network and the release the exports target. */
export const addressingSchema = z.strictObject({
  release: z.enum(RELEASE_IDS, { error: `must be one of ${RELEASE_IDS.join(', ')}` }),
  managementCidr: ipv4Network(),
  tenantCidr: ipv4Network(),
  storageCidr: ipv4Network(),
  externalCidr: ipv4Network(),
});

export type AddressingSpec = z.infer<typeof addressingSchema>;
