import { describe, expect, it } from 'vitest';
import { REQUIRED_SERVICES, SERVICE_IDS } from '../../design/services';
import type { DesignPatch } from '../../test-support/design-builders';
import { designWith, sizingOf } from '../../test-support/design-builders';
import type { NodeRole } from './node-roles';
import { placeServices, type Placement } from './placement';

function placementOf(patch: DesignPatch = {}): Placement {
  return placeServices(designWith(patch), sizingOf(patch).report.nodes);
}

function servicesOn(placement: Placement, role: NodeRole): string[] {
  return placement.roles.find((r) => r.role === role)?.services.map((s) => s.label) ?? [];
}

function rolesReached(placement: Placement, network: string): NodeRole[] {
  return placement.networks.find((n) => n.id === network)?.reaches.map((r) => r.role) ?? [];
}

const allLabels = (p: Placement) => p.roles.flatMap((r) => r.services.map((s) => s.label));

describe('placeServices on the book example', () => {
  const placement = placementOf();

  it('draws the roles that have nodes, with their counts', () => {
    expect(placement.roles.map((r) => [r.role, r.count])).toEqual([
      ['controller', 3],
      ['compute', 8],
      ['storage', 5],
    ]);
  });

  it('puts the control plane, HA and the network agents on the controllers', () => {
    expect(placement.networkAgentsOn).toBe('controller');
    expect(servicesOn(placement, 'controller')).toEqual([
      'Keystone',
      'Horizon',
      'nova-api, scheduler, conductor, console proxies',
      'Glance',
      'neutron-server',
      'Cinder API, scheduler',
      'Swift proxy',
      'Manila API, scheduler',
      'Heat',
      'Ceilometer central, notification agents',
      'Aodh',
      'Gnocchi',
      'MySQL/Galera',
      'RabbitMQ',
      'HAProxy, Pacemaker, virtual IP',
      'Neutron L3, DHCP, metadata agents',
      'Neutron L2 agent (Open vSwitch or Linux bridge)',
    ]);
  });

  it('runs the hypervisor and agents on compute, the storage daemons on storage', () => {
    expect(servicesOn(placement, 'compute')).toEqual([
      'nova-compute, KVM/libvirt',
      'Neutron L2 agent',
      'Ceilometer compute agent',
    ]);
    expect(servicesOn(placement, 'storage')).toEqual([
      'cinder-volume',
      'Swift account, container, object servers',
      'manila-share',
    ]);
  });

  it('joins the networks to the roles the book names', () => {
    expect(rolesReached(placement, 'management')).toEqual(['controller', 'compute', 'storage']);
    expect(rolesReached(placement, 'tenant')).toEqual(['compute', 'controller']);
    expect(rolesReached(placement, 'storage')).toEqual(['controller', 'compute', 'storage']);
    expect(rolesReached(placement, 'external')).toEqual(['controller']);
    expect(placement.roles.find((r) => r.role === 'compute')?.networks).toEqual([
      'management',
      'tenant',
      'storage',
    ]);
  });

  it('shows the VXLAN MTU on the tenant network', () => {
    const tenant = placement.networks.find((n) => n.id === 'tenant');
    expect(tenant?.mtu).toEqual({
      encapsulation: 'VXLAN',
      baseMtu: 1500,
      overheadBytes: 50,
      mtu: 1450,
    });
    expect(placement.networks.filter((n) => n.mtu !== null).map((n) => n.id)).toEqual(['tenant']);
  });
});

describe('placeServices as the design changes', () => {
  it('moves the network agents to two dedicated network nodes', () => {
    const placement = placementOf({ logical: { networkNodes: 2 } });
    expect(placement.networkAgentsOn).toBe('network');
    expect(placement.roles.find((r) => r.role === 'network')?.count).toBe(2);
    expect(servicesOn(placement, 'network')).toEqual([
      'Neutron L3, DHCP, metadata agents',
      'Neutron L2 agent (Open vSwitch or Linux bridge)',
    ]);
    expect(servicesOn(placement, 'controller')).not.toContain('Neutron L3, DHCP, metadata agents');
    expect(rolesReached(placement, 'tenant')).toEqual(['compute', 'network']);
    expect(rolesReached(placement, 'external')).toEqual(['controller', 'network']);
    expect(rolesReached(placement, 'management')).toContain('network');
  });

  it('puts the Ceph OSDs on the compute nodes of a hyperconverged design', () => {
    const placement = placementOf({ physical: { storage: { hyperconverged: true } } });
    expect(servicesOn(placement, 'compute')).toContain(
      'Ceph OSDs, one per local drive (hyperconverged)',
    );
    expect(servicesOn(placementOf(), 'compute')).not.toContain(
      'Ceph OSDs, one per local drive (hyperconverged)',
    );
  });

  it('drops telemetry from every node when it is left out', () => {
    const services = SERVICE_IDS.filter((id) => id !== 'telemetry');
    const labels = allLabels(placementOf({ conceptual: { services } }));
    expect(labels.filter((l) => /Ceilometer|Aodh|Gnocchi/.test(l))).toEqual([]);
  });

  it('has no storage nodes and no storage network without a storage service', () => {
    const services = SERVICE_IDS.filter(
      (id) => !['blockStorage', 'objectStorage', 'fileShare'].includes(id),
    );
    const placement = placementOf({ conceptual: { services } });
    expect(placement.roles.map((r) => r.role)).toEqual(['controller', 'compute']);
    expect(placement.networks.map((n) => n.id)).toEqual(['management', 'tenant', 'external']);
    expect(allLabels(placement).filter((l) => /Cinder|Swift|Manila/.test(l))).toEqual([]);
  });

  it('keeps only the required services on a minimal cloud', () => {
    const placement = placementOf({ conceptual: { services: [...REQUIRED_SERVICES] } });
    expect(servicesOn(placement, 'compute')).toEqual([
      'nova-compute, KVM/libvirt',
      'Neutron L2 agent',
    ]);
    expect(servicesOn(placement, 'controller')).not.toContain('Horizon');
  });

  it('has no HA stack and a plain MySQL with one controller', () => {
    const labels = servicesOn(placementOf({ logical: { controllers: 1 } }), 'controller');
    expect(labels).toContain('MySQL');
    expect(labels).not.toContain('MySQL/Galera');
    expect(labels).not.toContain('HAProxy, Pacemaker, virtual IP');
  });

  it.each([
    ['neutron-gre', { encapsulation: 'GRE', baseMtu: 1500, overheadBytes: 42, mtu: 1458 }],
    ['neutron-vlan', null],
    ['nova-flat', null],
  ] as const)('gives the %s tenant network MTU %j', (networkMode, mtu) => {
    const placement = placementOf({ logical: { networkMode } });
    expect(placement.networks.find((n) => n.id === 'tenant')?.mtu).toEqual(mtu);
  });

  it('runs nova-network instead of Neutron in the nova-network modes', () => {
    const placement = placementOf({ logical: { networkMode: 'nova-vlan' } });
    expect(allLabels(placement).filter((l) => /neutron/i.test(l))).toEqual([]);
    expect(servicesOn(placement, 'controller')).toContain('nova-network (DHCP, NAT, routing)');
    expect(servicesOn(placement, 'compute')).toContain('Linux bridge (nova-network)');
  });

  it('names on the storage network only the storage services offered', () => {
    const required = ['compute', 'image', 'network', 'identity'] as const;
    const blockOnly = designWith({ conceptual: { services: [...required, 'blockStorage'] } });
    const purposes = (design: ReturnType<typeof designWith>) =>
      placeServices(design, sizingOf(design).report.nodes)
        .networks.find((n) => n.id === 'storage')
        ?.reaches.map((r) => `${r.role}: ${r.purpose}`);
    expect(purposes(blockOnly)).toEqual([
      'controller: Glance images',
      'compute: volumes to instances',
      'storage: replication',
    ]);
    expect(purposes(designWith())).toContain('controller: Glance images, Swift proxy');
    expect(purposes(designWith())).toContain('compute: volumes and shares to instances');
  });
});
