import { hostAddresses, type HostAddresses } from '../engine/addressing/host-addresses';
import type { NodeRole } from '../engine/logical/node-roles';
import { KOLLA_SERVICE_GROUPS } from './kolla-service-groups';
import type { ExportInput } from './export-types';

export const KOLLA_HOST_GROUPS = [
  'control',
  'network',
  'compute',
  'monitoring',
  'storage',
  'deployment',
] as const;
export type KollaHostGroup = (typeof KOLLA_HOST_GROUPS)[number];

/**
 * The kolla groups a node of each role joins. Without network nodes the controllers run the
 * Neutron agents and the load balancer (the `network` group); the design has no monitoring
 * role, so the controllers carry it.
 */
export function kollaGroupsOf(role: NodeRole, networkNodes: number): KollaHostGroup[] {
  switch (role) {
    case 'controller':
      return networkNodes > 0 ? ['control', 'monitoring'] : ['control', 'network', 'monitoring'];
    case 'network':
      return ['network'];
    case 'compute':
      return ['compute'];
    case 'storage':
      return ['storage'];
  }
}

export type KollaInventory = {
  groups: { name: KollaHostGroup; hosts: HostAddresses[] }[];
};

export function kollaInventory({ report }: ExportInput): KollaInventory {
  const hosts = hostAddresses(report.nodes, report.addressing);
  return {
    groups: KOLLA_HOST_GROUPS.filter((g) => g !== 'deployment').map((name) => ({
      name,
      hosts: hosts.filter((h) => kollaGroupsOf(h.role, report.nodes.network).includes(name)),
    })),
  };
}

/**
 * Ansible's INI inventory, which is not plain INI: host lines are a name followed by
 * `key=value` variables, and `[group:children]` sections list groups. No INI library on npm
 * writes bare host names or leaves `:` in section names alone, so this small writer does, and
 * `ansible-inventory` reads its output back in the tests.
 */
export function kollaMultinode(input: ExportInput, header: readonly string[]): string {
  const lines: string[] = header.map((line) => `# ${line}`);
  for (const group of kollaInventory(input).groups) {
    lines.push('', `[${group.name}]`);
    for (const host of group.hosts) {
      const address = host.addresses.management;
      lines.push(address === undefined ? host.name : `${host.name} ansible_host=${address}`);
    }
  }
  lines.push('', '[deployment]', 'localhost ansible_connection=local');
  for (const [name, children] of KOLLA_SERVICE_GROUPS)
    lines.push('', `[${name}:children]`, ...children);
  return `${lines.join('\n')}\n`;
}
