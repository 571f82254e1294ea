import type { ServiceId } from '../../design/services';

/**
 * One line of the logical design's "runs on" table. `service` ties it to a conceptual service
 * class, so leaving that class out removes the line; null marks infrastructure every cloud has.
 * `when` narrows it further: only with several controllers (ha), only with one (single), only
 * under Neutron, only under nova-network, or only when the compute nodes' drives are Ceph OSDs.
 */
export type ServiceSlot = {
  label: string;
  service: ServiceId | null;
  when?: 'ha' | 'single' | 'neutron' | 'nova-network' | 'hyperconverged';
};

const controller: readonly ServiceSlot[] = [
  { label: 'Keystone', service: 'identity' },
  { label: 'Horizon', service: 'dashboard' },
  { label: 'nova-api, scheduler, conductor, console proxies', service: 'compute' },
  { label: 'Glance', service: 'image' },
  { label: 'neutron-server', service: 'network', when: 'neutron' },
  { label: 'Cinder API, scheduler', service: 'blockStorage' },
  { label: 'Swift proxy', service: 'objectStorage' },
  { label: 'Manila API, scheduler', service: 'fileShare' },
  { label: 'Heat', service: 'orchestration' },
  { label: 'Ceilometer central, notification agents', service: 'telemetry' },
  { label: 'Aodh', service: 'telemetry' },
  { label: 'Gnocchi', service: 'telemetry' },
  { label: 'MySQL/Galera', service: null, when: 'ha' },
  { label: 'MySQL', service: null, when: 'single' },
  { label: 'RabbitMQ', service: null },
  { label: 'HAProxy, Pacemaker, virtual IP', service: null, when: 'ha' },
];

/** On dedicated network nodes, or on the controllers when there are none. */
const networkAgents: readonly ServiceSlot[] = [
  { label: 'Neutron L3, DHCP, metadata agents', service: 'network', when: 'neutron' },
  { label: 'Neutron L2 agent (Open vSwitch or Linux bridge)', service: 'network', when: 'neutron' },
  { label: 'nova-network (DHCP, NAT, routing)', service: 'network', when: 'nova-network' },
];

const compute: readonly ServiceSlot[] = [
  { label: 'nova-compute, KVM/libvirt', service: 'compute' },
  { label: 'Neutron L2 agent', service: 'network', when: 'neutron' },
  { label: 'Linux bridge (nova-network)', service: 'network', when: 'nova-network' },
  { label: 'Ceilometer compute agent', service: 'telemetry' },
  {
    label: 'Ceph OSDs, one per local drive (hyperconverged)',
    service: null,
    when: 'hyperconverged',
  },
];

const storage: readonly ServiceSlot[] = [
  { label: 'cinder-volume', service: 'blockStorage' },
  { label: 'Swift account, container, object servers', service: 'objectStorage' },
  { label: 'manila-share', service: 'fileShare' },
];

export const ROLE_SERVICES = { controller, networkAgents, compute, storage } as const;
