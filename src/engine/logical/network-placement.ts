import type { Design } from '../../design/design-schema';
import {
  BASE_MTU,
  instanceMtu,
  NETWORK_MODE_BY_ID,
  type NetworkModeId,
} from '../../design/network-modes';
import type { NodeRole } from './node-roles';
import type { NodesReport } from '../report/report-types';

export type PhysicalNetworkId = 'management' | 'tenant' | 'storage' | 'external';

/** The MTU a tunnelled tenant network leaves for instances once the tunnel header is paid. */
export type TenantMtu = {
  encapsulation: string;
  baseMtu: number;
  overheadBytes: number;
  mtu: number;
};

export type NetworkReach = { role: NodeRole; purpose: string };

export type PlacedNetwork = {
  id: PhysicalNetworkId;
  label: string;
  reaches: readonly NetworkReach[];
  /** Set on the tenant network in tunnelled modes only. */
  mtu: TenantMtu | null;
};

const TUNNEL_NAMES: Partial<Record<NetworkModeId, string>> = {
  'neutron-gre': 'GRE',
  'neutron-vxlan': 'VXLAN',
};

function tenantMtu(design: Design): TenantMtu | null {
  const mode = NETWORK_MODE_BY_ID[design.logical.networkMode];
  const { id, encapsulationBytes } = mode;
  if (encapsulationBytes <= 0) return null;
  return {
    encapsulation: TUNNEL_NAMES[id] ?? 'tunnel',
    baseMtu: BASE_MTU,
    overheadBytes: encapsulationBytes,
    mtu: instanceMtu(mode),
  };
}

const ROUTING_PURPOSE = 'floating IPs, router gateways';

function reach(role: NodeRole, purpose: string): NetworkReach {
  return { role, purpose };
}

/**
 * The book's four physical networks and the roles each one joins. Networks with nothing to join
 * (storage without storage nodes) are left out; roles without nodes never appear.
 */
export function placeNetworks(design: Design, nodes: NodesReport): PlacedNetwork[] {
  const agentsOn: NodeRole = nodes.network > 0 ? 'network' : 'controller';
  const present = (r: NetworkReach) => nodes[r.role] > 0;
  const networks: PlacedNetwork[] = [
    {
      id: 'management',
      label: 'Management/API',
      reaches: [
        reach('controller', 'API endpoints, database, message queue'),
        reach('network', 'agents to controllers'),
        reach('compute', 'agents to controllers'),
        reach('storage', 'services to controllers'),
      ].filter(present),
      mtu: null,
    },
    {
      id: 'tenant',
      label: 'Tenant data',
      reaches: [
        reach('compute', 'instance traffic'),
        reach(agentsOn, 'routing, DHCP for tenant networks'),
      ].filter(present),
      mtu: tenantMtu(design),
    },
    {
      id: 'storage',
      label: 'Storage',
      reaches:
        nodes.storage > 0
          ? [
              reach('controller', storagePurpose(design, ['Glance images'], 'Swift proxy')),
              reach('compute', computeStoragePurpose(design)),
              reach('storage', 'replication'),
            ].filter(present)
          : [],
      mtu: null,
    },
    {
      id: 'external',
      label: 'External',
      reaches: [
        reach(
          'controller',
          agentsOn === 'controller'
            ? `public API endpoints, ${ROUTING_PURPOSE}`
            : 'public API endpoints',
        ),
        ...(agentsOn === 'network' ? [reach('network', ROUTING_PURPOSE)] : []),
      ].filter(present),
      mtu: null,
    },
  ];
  return networks.filter((n) => n.reaches.length > 0);
}

/** What a role moves over the storage network, naming only the services the design offers. */
function storagePurpose(design: Design, always: readonly string[], withObjects: string): string {
  const objects = design.conceptual.services.includes('objectStorage');
  return [...always, ...(objects ? [withObjects] : [])].join(', ');
}

function computeStoragePurpose(design: Design): string {
  const services = design.conceptual.services;
  const parts = [
    ...(services.includes('blockStorage') ? ['volumes'] : []),
    ...(services.includes('fileShare') ? ['shares'] : []),
  ];
  return parts.length > 0 ? `${parts.join(' and ')} to instances` : 'images to instances';
}
