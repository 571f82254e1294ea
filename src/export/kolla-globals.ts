import { stringify } from 'yaml';
import type { DeploymentChoices } from './deployment-choices';
import type { ExportInput } from './export-types';
import { RELEASE_SUPPORT } from './release-support';

const yesNo = (on: boolean) => (on ? 'yes' : 'no');

/** globals.yml keys and the design choices they come from; each is listed in the docs. */
export function kollaGlobals(
  { design, report }: ExportInput,
  choices: DeploymentChoices,
): { values: Record<string, string>; warnings: string[] } {
  const services = new Set(design.conceptual.services);
  const { addressing } = report;
  const warnings: string[] = [];
  const { interfaces } = choices;
  const values: Record<string, string> = {
    openstack_release: design.addressing.release,
  };
  if (addressing.internalVip) values['kolla_internal_vip_address'] = addressing.internalVip;
  if (addressing.externalVip) values['kolla_external_vip_address'] = addressing.externalVip;
  Object.assign(values, {
    network_interface: interfaces.management,
    api_interface: interfaces.management,
    tunnel_interface: interfaces.tenant,
    storage_interface: interfaces.storage,
    kolla_external_vip_interface: interfaces.external,
    neutron_external_interface: interfaces.neutronExternal,
    neutron_plugin_agent: 'openvswitch',
    neutron_type_drivers: ['flat', 'vlan', 'vxlan']
      .concat(choices.tenantNetworkType === 'gre' ? ['gre'] : [])
      .join(','),
    neutron_tenant_network_types: choices.tenantNetworkType,
    enable_haproxy: yesNo(design.logical.controllers > 1),
    enable_keepalived: yesNo(design.logical.controllers > 1),
    enable_horizon: yesNo(services.has('dashboard')),
    enable_cinder: yesNo(services.has('blockStorage')),
    enable_manila: yesNo(services.has('fileShare')),
    enable_heat: yesNo(services.has('orchestration')),
    enable_ceilometer: yesNo(services.has('telemetry')),
    enable_gnocchi: yesNo(services.has('telemetry')),
    enable_aodh: yesNo(services.has('telemetry')),
    glance_backend_ceph: yesNo(choices.cephUsed),
    glance_backend_file: yesNo(!choices.cephUsed),
    cinder_backend_ceph: yesNo(choices.cephUsed && services.has('blockStorage')),
    nova_backend_ceph: yesNo(choices.cephUsed && design.physical.ceph.ephemeralOnCeph),
  });
  if (choices.cephUsed)
    warnings.push(
      'kolla-ansible does not deploy Ceph: deploy the storage nodes’ Ceph cluster apart (cephadm); globals.yml points Glance, Cinder and Nova at it.',
    );
  if (services.has('objectStorage')) {
    if (design.physical.ceph.objectBackend === 'ceph-rgw') values['enable_ceph_rgw'] = 'yes';
    else if (RELEASE_SUPPORT[design.addressing.release].kollaDeploysSwift)
      values['enable_swift'] = 'yes';
    else
      warnings.push(
        `kolla-ansible ${choices.releaseName} no longer deploys Swift: object storage is left out of globals.yml; choose the RADOS Gateway (Storage step) or deploy Swift apart.`,
      );
  }
  return { values, warnings };
}

export function kollaGlobalsYaml(values: Record<string, string>, header: readonly string[]) {
  const comments = header.map((line) => `# ${line}`).join('\n');
  return `---\n${comments}\n${stringify(values, { lineWidth: 0, version: '1.1' })}`;
}
