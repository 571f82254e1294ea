import type { Design } from '../../design/design-schema';
import { NETWORK_MODE_BY_ID } from '../../design/network-modes';
import type { ServiceId } from '../../design/services';
import { NODE_ROLES, ROLE_LABELS, type NodeRole } from './node-roles';
import type { NodesReport } from '../report/report-types';
import { ROLE_SERVICES, type ServiceSlot } from './role-services';
import { placeNetworks, type PlacedNetwork } from './network-placement';

/** One daemon or group of daemons on a node; `service` is null for shared infrastructure. */
export type PlacedService = { label: string; service: ServiceId | null };

export type RolePlacement = {
  role: NodeRole;
  label: string;
  count: number;
  services: readonly PlacedService[];
  networks: readonly PlacedNetwork['id'][];
};

export type Placement = {
  roles: readonly RolePlacement[];
  networks: readonly PlacedNetwork[];
  /** Where the Neutron (or nova-network) agents run: dedicated network nodes or the controllers. */
  networkAgentsOn: 'network' | 'controller';
};

function fits(slot: ServiceSlot, design: Design, ha: boolean): boolean {
  const mode = NETWORK_MODE_BY_ID[design.logical.networkMode];
  if (slot.service !== null && !design.conceptual.services.includes(slot.service)) return false;
  if (slot.when === 'ha') return ha;
  if (slot.when === 'single') return !ha;
  if (slot.when === 'neutron') return mode.usesNeutron;
  if (slot.when === 'nova-network') return !mode.usesNeutron;
  if (slot.when === 'hyperconverged') return design.physical.storage.hyperconverged;
  return true;
}

function servicesFor(slots: readonly ServiceSlot[], design: Design, ha: boolean): PlacedService[] {
  return slots
    .filter((slot) => fits(slot, design, ha))
    .map((slot) => ({ label: slot.label, service: slot.service }));
}

/**
 * Which services run on each node role and which physical networks reach it, as the book's
 * logical design lays them out. Roles without nodes are left out; with no network nodes the
 * network agents move onto the controllers.
 */
export function placeServices(design: Design, nodes: NodesReport): Placement {
  const ha = design.logical.controllers > 1;
  const networkAgentsOn = nodes.network > 0 ? 'network' : 'controller';
  const agents = servicesFor(ROLE_SERVICES.networkAgents, design, ha);
  const networks = placeNetworks(design, nodes);
  const servicesByRole: Record<NodeRole, PlacedService[]> = {
    controller: [
      ...servicesFor(ROLE_SERVICES.controller, design, ha),
      ...(networkAgentsOn === 'controller' ? agents : []),
    ],
    network: networkAgentsOn === 'network' ? agents : [],
    compute: servicesFor(ROLE_SERVICES.compute, design, ha),
    storage: servicesFor(ROLE_SERVICES.storage, design, ha),
  };
  const roles = NODE_ROLES.filter((role) => nodes[role] > 0).map((role) => ({
    role,
    label: ROLE_LABELS[role],
    count: nodes[role],
    services: servicesByRole[role],
    networks: networks.filter((n) => n.reaches.some((r) => r.role === role)).map((n) => n.id),
  }));
  return { roles, networks, networkAgentsOn };
}
