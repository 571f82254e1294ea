import { hostAddresses } from '../engine/addressing/host-addresses';
import type { PhysicalNetworkId } from '../engine/logical/network-placement';
import type { DeploymentChoices } from './deployment-choices';
import type { ExportInput } from './export-types';
import { osaHostGroups, type OsaNeutron } from './osa-host-groups';

/** OpenStack-Ansible's names for the pools it hands container addresses from. */
const POOL_NAME: Partial<Record<PhysicalNetworkId, string>> = {
  management: 'management',
  tenant: 'tunnel',
  storage: 'storage',
};

type ProviderNetwork = { network: Record<string, string | boolean | string[]> };

/**
 * The structure of openstack_user_config.yml: the pools, the addresses OpenStack-Ansible must not
 * hand out (gateways and VIPs; it skips the hosts' own addresses itself), the VIPs and provider
 * networks, and the host groups with each host's management address.
 */
export function osaUserConfig(
  input: ExportInput,
  choices: DeploymentChoices,
  neutron: OsaNeutron,
): Record<string, unknown> {
  const { addressing } = input.report;
  const cidrNetworks: Record<string, string> = {};
  const usedIps: string[] = [];
  for (const network of addressing.networks) {
    const pool = POOL_NAME[network.id];
    if (pool === undefined) continue;
    cidrNetworks[pool] = network.cidr;
    const reserved = [network.gateway];
    if (network.id === 'management' && addressing.internalVip)
      reserved.push(addressing.internalVip);
    usedIps.push(reserved.join(','));
  }
  const globalOverrides: Record<string, unknown> = {};
  if (addressing.internalVip) globalOverrides['internal_lb_vip_address'] = addressing.internalVip;
  if (addressing.externalVip) globalOverrides['external_lb_vip_address'] = addressing.externalVip;
  globalOverrides['management_bridge'] = 'br-mgmt';
  globalOverrides['provider_networks'] = providerNetworks(input, choices, neutron);

  const config: Record<string, unknown> = {
    cidr_networks: cidrNetworks,
    used_ips: usedIps,
    global_overrides: globalOverrides,
  };
  const hosts = hostAddresses(input.report.nodes, addressing);
  for (const { group, hosts: members } of osaHostGroups(input, neutron, hosts)) {
    config[group] = Object.fromEntries(
      members.map((h) => [h.name, h.addresses.management ? { ip: h.addresses.management } : {}]),
    );
  }
  return config;
}

function providerNetworks(
  input: ExportInput,
  choices: DeploymentChoices,
  neutron: OsaNeutron,
): ProviderNetwork[] {
  const agent = neutron === 'ml2.ovn' ? 'neutron_ovn_controller' : 'neutron_openvswitch_agent';
  const has = (id: PhysicalNetworkId) => input.report.addressing.networks.some((n) => n.id === id);
  const networks: ProviderNetwork[] = [
    {
      network: {
        container_bridge: 'br-mgmt',
        container_type: 'veth',
        container_interface: 'eth1',
        ip_from_q: 'management',
        type: 'raw',
        group_binds: ['all_containers', 'hosts'],
        is_management_address: true,
      },
    },
  ];
  const tenantType = choices.tenantNetworkType;
  if (tenantType === 'vxlan' || tenantType === 'gre') {
    networks.push({
      network: {
        container_bridge: 'br-vxlan',
        container_type: 'veth',
        container_interface: 'eth10',
        ip_from_q: 'tunnel',
        type: tenantType,
        range: '1:1000',
        net_name: tenantType,
        group_binds: [agent],
      },
    });
  } else if (tenantType === 'vlan') {
    networks.push({
      network: {
        container_bridge: 'br-vlan',
        container_type: 'veth',
        container_interface: 'eth11',
        host_bind_override: choices.interfaces.tenant,
        type: 'vlan',
        range: '101:200',
        net_name: 'vlan',
        group_binds: [agent],
      },
    });
  }
  networks.push({
    network: {
      container_bridge: 'br-ext',
      container_type: 'veth',
      container_interface: 'eth12',
      host_bind_override: choices.interfaces.neutronExternal,
      type: 'flat',
      net_name: 'physnet1',
      group_binds: [agent],
    },
  });
  if (has('storage'))
    networks.push({
      network: {
        container_bridge: 'br-storage',
        container_type: 'veth',
        container_interface: 'eth2',
        ip_from_q: 'storage',
        type: 'raw',
        group_binds: ['glance_api', 'cinder_api', 'cinder_volume', 'nova_compute'],
      },
    });
  return networks;
}
