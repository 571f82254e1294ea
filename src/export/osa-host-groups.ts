import type { HostAddresses } from '../engine/addressing/host-addresses';
import type { NodeRole } from '../engine/logical/node-roles';
import type { ExportInput } from './export-types';

export type OsaNeutron = 'ml2.ovn' | 'ml2.ovs';

type GroupRule = { group: string; roles: (input: ExportInput) => NodeRole[] };

const services = (input: ExportInput) => new Set(input.design.conceptual.services);
const agents = (input: ExportInput): NodeRole[] =>
  input.report.nodes.network > 0 ? ['network'] : ['controller'];
const when = (on: boolean, roles: NodeRole[]) => (on ? roles : []);
const cephUsed = (input: ExportInput) => input.report.storage.pools.some((p) => p.onCeph);
const swiftUsed = (input: ExportInput) =>
  services(input).has('objectStorage') && input.design.physical.ceph.objectBackend === 'swift';

/**
 * openstack_user_config.yml's host groups (as in openstack-ansible's
 * `etc/openstack_deploy/openstack_user_config.yml.example` and `conf.d/*.yml.aio`) and the roles
 * whose nodes each lists. With Ceph, cinder-volume talks to the cluster from the controllers.
 */
export function osaGroupRules(neutron: OsaNeutron): GroupRule[] {
  const ovn = neutron === 'ml2.ovn';
  return [
    { group: 'shared-infra_hosts', roles: () => ['controller'] },
    { group: 'repo-infra_hosts', roles: () => ['controller'] },
    { group: 'os-infra_hosts', roles: () => ['controller'] },
    { group: 'identity_hosts', roles: () => ['controller'] },
    { group: 'load_balancer_hosts', roles: () => ['controller'] },
    { group: 'network_hosts', roles: (i) => (ovn ? ['controller'] : agents(i)) },
    { group: 'network-northd_hosts', roles: () => when(ovn, ['controller']) },
    { group: 'network-gateway_hosts', roles: (i) => when(ovn, agents(i)) },
    { group: 'compute_hosts', roles: () => ['compute'] },
    {
      group: 'storage-infra_hosts',
      roles: (i) => when(services(i).has('blockStorage'), ['controller']),
    },
    {
      group: 'storage_hosts',
      roles: (i) =>
        when(services(i).has('blockStorage'), cephUsed(i) ? ['controller'] : ['storage']),
    },
    { group: 'ceph-mon_hosts', roles: (i) => when(cephUsed(i), ['controller']) },
    { group: 'ceph-osd_hosts', roles: (i) => when(cephUsed(i), ['storage']) },
    {
      group: 'ceph-rgw_hosts',
      roles: (i) =>
        when(
          services(i).has('objectStorage') && i.design.physical.ceph.objectBackend === 'ceph-rgw',
          ['controller'],
        ),
    },
    { group: 'swift-proxy_hosts', roles: (i) => when(swiftUsed(i), ['controller']) },
    { group: 'swift_hosts', roles: (i) => when(swiftUsed(i), ['storage']) },
    {
      group: 'manila-infra_hosts',
      roles: (i) => when(services(i).has('fileShare'), ['controller']),
    },
    {
      group: 'orchestration_hosts',
      roles: (i) => when(services(i).has('orchestration'), ['controller']),
    },
    { group: 'dashboard_hosts', roles: (i) => when(services(i).has('dashboard'), ['controller']) },
    {
      group: 'metering-infra_hosts',
      roles: (i) => when(services(i).has('telemetry'), ['controller']),
    },
    {
      group: 'metering-alarm_hosts',
      roles: (i) => when(services(i).has('telemetry'), ['controller']),
    },
    { group: 'metrics_hosts', roles: (i) => when(services(i).has('telemetry'), ['controller']) },
    {
      group: 'metering-compute_hosts',
      roles: (i) => when(services(i).has('telemetry'), ['compute']),
    },
  ];
}

/** Each group with the hosts of its roles, leaving out groups with none. */
export function osaHostGroups(
  input: ExportInput,
  neutron: OsaNeutron,
  hosts: readonly HostAddresses[],
): { group: string; hosts: HostAddresses[] }[] {
  return osaGroupRules(neutron)
    .map((rule) => {
      const roles = rule.roles(input);
      return { group: rule.group, hosts: hosts.filter((h) => roles.includes(h.role)) };
    })
    .filter((g) => g.hosts.length > 0);
}
