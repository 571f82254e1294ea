import ipaddr from 'ipaddr.js';
import { NODE_ROLES, type NodeRole } from '../logical/node-roles';
import type { PhysicalNetworkId } from '../logical/network-placement';
import type { AddressingReport } from '../report/addressing-report-types';
import type { NodesReport } from '../report/report-types';
import { addressText, toNumber } from './ipv4';

export type HostAddresses = {
  name: string;
  role: NodeRole;
  /** One entry per network the host is on and whose range fits. */
  addresses: Partial<Record<PhysicalNetworkId, string>>;
};

const NAME_PREFIX: Record<NodeRole, string> = {
  controller: 'controller',
  network: 'network',
  compute: 'compute',
  storage: 'storage',
};

/**
 * Every node by name (controller01, compute01, …) with its address on each network, expanded
 * from the report's blocks: the report keeps blocks so a design of thousands of nodes stays small.
 */
export function hostAddresses(nodes: NodesReport, addressing: AddressingReport): HostAddresses[] {
  const hosts: HostAddresses[] = [];
  const digits = Math.max(2, String(Math.max(...NODE_ROLES.map((r) => nodes[r]))).length);
  for (const role of NODE_ROLES) {
    for (let i = 0; i < nodes[role]; i++) {
      const addresses: Partial<Record<PhysicalNetworkId, string>> = {};
      for (const network of addressing.networks) {
        const block = network.blocks.find((b) => b.role === role);
        if (block)
          addresses[network.id] = addressText(toNumber(ipaddr.IPv4.parse(block.first)) + i);
      }
      hosts.push({
        name: `${NAME_PREFIX[role]}${String(i + 1).padStart(digits, '0')}`,
        role,
        addresses,
      });
    }
  }
  return hosts;
}
