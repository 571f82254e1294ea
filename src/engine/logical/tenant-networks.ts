import type { Logical } from '../../design/design-schema';

/** Tenant networks the mode must carry: what the 4094-VLAN limit is checked against. */
export function tenantNetworks(logical: Logical): number {
  return logical.tenants * logical.networksPerTenant;
}
