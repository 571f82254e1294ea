import type { Design } from '../../design/design-schema';
import { NODE_ROLES, type NodeRole } from '../logical/node-roles';
import { placeNetworks, type PhysicalNetworkId } from '../logical/network-placement';
import type {
  AddressBlock,
  AddressingReport,
  NetworkAddressing,
} from '../report/addressing-report-types';
import type { NetworkReport, NodesReport } from '../report/report-types';
import {
  addressText,
  networksOverlap,
  parseNetwork,
  smallestPrefixFor,
  usableAddresses,
  type Ipv4Network,
} from './ipv4';

const CIDR_OF: Record<PhysicalNetworkId, keyof Design['addressing']> = {
  management: 'managementCidr',
  tenant: 'tenantCidr',
  storage: 'storageCidr',
  external: 'externalCidr',
};

/** The book gives public IPs to controllers, network and compute nodes, never storage nodes. */
const PUBLIC_ROLES: readonly NodeRole[] = ['controller', 'network', 'compute'];

type Layout = {
  id: PhysicalNetworkId;
  label: string;
  roles: readonly NodeRole[];
  vips: number;
  floating: number;
};

/**
 * Each network's range from its first usable address: the gateway, then the VIPs, then the
 * nodes role by role (controller, network, compute, storage) so a node keeps its address while
 * later roles grow; the floating IPs take the top of the external range.
 */
export function planAddresses(
  design: Design,
  nodes: NodesReport,
  network: NetworkReport,
): AddressingReport {
  const haVips = design.logical.haVips;
  const layouts: Layout[] = placeNetworks(design, nodes).map((placed) => {
    const reached = new Set(placed.reaches.map((r) => r.role));
    const external = placed.id === 'external';
    return {
      id: placed.id,
      label: placed.label,
      roles: NODE_ROLES.filter((role) =>
        external ? PUBLIC_ROLES.includes(role) && nodes[role] > 0 : reached.has(role),
      ),
      // One internal VIP; outside, the design's HA VIPs, or one when it names none.
      vips: external ? Math.max(1, haVips) : placed.id === 'management' ? 1 : 0,
      floating: external ? network.floatingIps : 0,
    };
  });
  const ranges = new Map(
    layouts.map((l) => [l.id, parseNetwork(design.addressing[CIDR_OF[l.id]])] as const),
  );

  const networks = layouts.map((layout): NetworkAddressing => {
    const range = ranges.get(layout.id) ?? null;
    const nodeCount = layout.roles.reduce((sum, role) => sum + nodes[role], 0);
    const needed = 1 + layout.vips + nodeCount + layout.floating;
    const usable = range === null ? 0 : usableAddresses(range);
    const fits = range !== null && needed <= usable;
    const first = range === null ? 0 : range.first + 1;
    return {
      id: layout.id,
      label: layout.label,
      cidr: design.addressing[CIDR_OF[layout.id]],
      addressesNeeded: needed,
      usableAddresses: usable,
      smallestPrefix: smallestPrefixFor(needed),
      fits,
      overlaps: overlapsOf(layout.id, range, ranges),
      gateway: addressText(first),
      blocks: fits ? blocksFrom(first + 1 + layout.vips, layout.roles, nodes) : [],
    };
  });

  return {
    release: design.addressing.release,
    networks,
    internalVip: vipAt(networks, ranges, 'management', 0),
    externalVip: vipAt(networks, ranges, 'external', 0),
    extraVips: Array.from({ length: Math.max(0, haVips - 1) }, (_, i) =>
      vipAt(networks, ranges, 'external', i + 1),
    ).filter((vip): vip is string => vip !== null),
    floatingRange: floatingRange(networks, ranges, network.floatingIps),
  };
}

function blocksFrom(start: number, roles: readonly NodeRole[], nodes: NodesReport) {
  const blocks: AddressBlock[] = [];
  let next = start;
  for (const role of roles) {
    const count = nodes[role];
    if (count === 0) continue;
    blocks.push({ role, first: addressText(next), last: addressText(next + count - 1), count });
    next += count;
  }
  return blocks;
}

type Ranges = ReadonlyMap<PhysicalNetworkId, Ipv4Network | null>;

function overlapsOf(
  id: PhysicalNetworkId,
  range: Ipv4Network | null,
  ranges: Ranges,
): PhysicalNetworkId[] {
  if (range === null) return [];
  return [...ranges]
    .filter(([other, r]) => other !== id && r !== null && networksOverlap(range, r))
    .map(([other]) => other);
}

function vipAt(
  networks: readonly NetworkAddressing[],
  ranges: Ranges,
  id: PhysicalNetworkId,
  index: number,
): string | null {
  const range = ranges.get(id);
  const placed = networks.find((n) => n.id === id);
  if (!range || !placed?.fits) return null;
  return addressText(range.first + 2 + index);
}

function floatingRange(networks: readonly NetworkAddressing[], ranges: Ranges, count: number) {
  const range = ranges.get('external');
  const external = networks.find((n) => n.id === 'external');
  if (!range || !external?.fits || count === 0) return null;
  const last = range.first + external.usableAddresses;
  return { first: addressText(last - count + 1), last: addressText(last), count };
}
