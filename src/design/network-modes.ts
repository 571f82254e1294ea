/** The book's network-mode table. Ids are fixed: documents and links store them. */
export const NETWORK_MODE_IDS = [
  'nova-flat',
  'nova-vlan',
  'neutron-vlan',
  'neutron-gre',
  'neutron-vxlan',
] as const;

export type NetworkModeId = (typeof NETWORK_MODE_IDS)[number];

export type NetworkMode = {
  id: NetworkModeId;
  label: string;
  implementation: string;
  characteristics: readonly string[];
  tenantIsolation: boolean;
  /** Most tenant networks the mode can carry; null where the mode has no such limit. */
  maxTenantNetworks: number | null;
  /** Bytes the tunnel header takes from a 1500-byte MTU. */
  encapsulationBytes: number;
  usesNeutron: boolean;
};

/** 802.1Q leaves 4094 usable VLAN ids (0 and 4095 are reserved). */
export const VLAN_ID_LIMIT = 4094;
export const BASE_MTU = 1500;

export const NETWORK_MODE_BY_ID: Record<NetworkModeId, NetworkMode> = {
  'nova-flat': {
    id: 'nova-flat',
    label: 'nova-network Flat DHCP',
    implementation: 'nova-network Flat DHCP',
    characteristics: ['Flat network design without tenant traffic isolation'],
    tenantIsolation: false,
    maxTenantNetworks: 1,
    encapsulationBytes: 0,
    usesNeutron: false,
  },
  'nova-vlan': {
    id: 'nova-vlan',
    label: 'nova-network VLANManager',
    implementation: 'nova-network VLANManager',
    characteristics: [
      'Isolated tenant traffic and predefined fixed private IP space size',
      'Limited number of tenant networks (4K VLANs limit)',
    ],
    tenantIsolation: true,
    maxTenantNetworks: VLAN_ID_LIMIT,
    encapsulationBytes: 0,
    usesNeutron: false,
  },
  'neutron-vlan': {
    id: 'neutron-vlan',
    label: 'Neutron VLAN',
    implementation: 'Neutron VLAN',
    characteristics: [
      'Isolated tenant traffic',
      'Limited number of tenant networks (4K VLANs limit)',
    ],
    tenantIsolation: true,
    maxTenantNetworks: VLAN_ID_LIMIT,
    encapsulationBytes: 0,
    usesNeutron: true,
  },
  'neutron-gre': {
    id: 'neutron-gre',
    label: 'Neutron tunnelled (GRE)',
    implementation: 'Neutron tunnelled networking (GRE)',
    characteristics: [
      'Increased number of tenant networks',
      'Increased packet size',
      'Lower performance',
    ],
    tenantIsolation: true,
    maxTenantNetworks: null,
    encapsulationBytes: 42,
    usesNeutron: true,
  },
  'neutron-vxlan': {
    id: 'neutron-vxlan',
    label: 'Neutron tunnelled (VXLAN)',
    implementation: 'Neutron tunnelled networking (VXLAN)',
    characteristics: [
      'Increased number of tenant networks',
      'Increased packet size',
      'Lower performance',
    ],
    tenantIsolation: true,
    maxTenantNetworks: null,
    encapsulationBytes: 50,
    usesNeutron: true,
  },
};

export const NETWORK_MODES: readonly NetworkMode[] = NETWORK_MODE_IDS.map(
  (id) => NETWORK_MODE_BY_ID[id],
);

/** The MTU instances get on the tenant network: the tunnel header comes out of a standard frame. */
export function instanceMtu(mode: NetworkMode): number {
  return BASE_MTU - mode.encapsulationBytes;
}
