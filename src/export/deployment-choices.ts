import type { PhysicalNetworkId } from '../engine/logical/network-placement';
import { RELEASE_NAMES } from '../design/releases';
import type { ExportInput } from './export-types';
import type { AddressingReport } from '../engine/report/addressing-report-types';

export type TenantNetworkType = 'vxlan' | 'gre' | 'vlan' | 'flat';

/** What both deployment tools take from the design the same way. */
export type DeploymentChoices = {
  releaseName: string;
  tenantNetworkType: TenantNetworkType;
  /** Interface names by network: placeholders a person renames to the hosts' own ports. */
  interfaces: Record<PhysicalNetworkId | 'neutronExternal', string>;
  /** Any pool on Ceph: the cluster is deployed apart from both tools (cephadm). */
  cephUsed: boolean;
  /** Neutron's external subnet and floating IP pool, created once the cloud runs. */
  floatingNote: string[];
  warnings: string[];
};

const TENANT_TYPE = {
  'neutron-vxlan': 'vxlan',
  'neutron-gre': 'gre',
  'neutron-vlan': 'vlan',
  'nova-vlan': 'vlan',
  'nova-flat': 'flat',
} as const;

export function deploymentChoices({ design, report }: ExportInput): DeploymentChoices {
  const warnings: string[] = [];
  const mode = design.logical.networkMode;
  if (mode === 'nova-flat' || mode === 'nova-vlan')
    warnings.push(
      `nova-network was removed from OpenStack long before ${RELEASE_NAMES[design.addressing.release]}: the files use Neutron with ${TENANT_TYPE[mode]} tenant networks instead.`,
    );
  for (const network of report.addressing.networks) {
    if (!network.fits)
      warnings.push(
        `The ${network.label} range ${network.cidr} is too small (${network.addressesNeeded} addresses needed): its hosts are written without addresses; widen it to /${network.smallestPrefix}.`,
      );
  }
  const port = design.physical.network.nicBonding ? 'bond' : 'eth';
  return {
    releaseName: RELEASE_NAMES[design.addressing.release],
    tenantNetworkType: TENANT_TYPE[mode],
    interfaces: {
      management: `${port}0`,
      tenant: `${port}1`,
      storage: `${port}2`,
      external: `${port}3`,
      neutronExternal: `${port}4`,
    },
    cephUsed: report.storage.pools.some((pool) => pool.onCeph),
    floatingNote: floatingNote(report.addressing),
    warnings,
  };
}

function floatingNote(addressing: AddressingReport): string[] {
  const external = addressing.networks.find((n) => n.id === 'external');
  const pool = addressing.floatingRange;
  if (!external || !pool) return [];
  return [
    `External network for Neutron once deployed: subnet ${external.cidr}, gateway ${external.gateway}, floating IP pool ${pool.first} to ${pool.last} (${pool.count} addresses).`,
  ];
}
