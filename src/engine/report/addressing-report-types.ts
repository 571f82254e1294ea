import type { ReleaseId } from '../../design/releases';
import type { NodeRole } from '../logical/node-roles';
import type { PhysicalNetworkId } from '../logical/network-placement';

/** Consecutive addresses a role's nodes take on one network, node 1 first. */
export type AddressBlock = { role: NodeRole; first: string; last: string; count: number };

export type NetworkAddressing = {
  id: PhysicalNetworkId;
  label: string;
  cidr: string;
  /** The nodes on it, its VIPs and gateway; on the external one the public and floating IPs. */
  addressesNeeded: number;
  /** All addresses of the range but the network and broadcast addresses. */
  usableAddresses: number;
  /** The narrowest range that holds what is needed. */
  smallestPrefix: number;
  fits: boolean;
  /** Names of other networks whose ranges share addresses with this one. */
  overlaps: PhysicalNetworkId[];
  gateway: string;
  /** Empty when the range is too small: no address is handed out twice. */
  blocks: AddressBlock[];
};

export type AddressingReport = {
  release: ReleaseId;
  networks: NetworkAddressing[];
  /** Management network: the API endpoints' internal address; external: the public one. */
  internalVip: string | null;
  externalVip: string | null;
  /** The design's other HA VIPs on the external network, after the external VIP. */
  extraVips: string[];
  /** The top of the external range, left to Neutron's floating IP pool. */
  floatingRange: { first: string; last: string; count: number } | null;
};
