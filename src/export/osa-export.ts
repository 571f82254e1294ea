import { stringify } from 'yaml';
import { deploymentChoices, type DeploymentChoices } from './deployment-choices';
import type { ExportInput, ExportResult } from './export-types';
import type { OsaNeutron } from './osa-host-groups';
import { osaUserConfig } from './osa-user-config';

/**
 * OpenStack-Ansible deploys ML2/OVN unless told otherwise; OVN tunnels tenant networks with
 * Geneve only, so a design that chose VXLAN or GRE tunnels asks for ML2/Open vSwitch.
 */
function neutronFor(choices: DeploymentChoices): OsaNeutron {
  return choices.tenantNetworkType === 'vxlan' || choices.tenantNetworkType === 'gre'
    ? 'ml2.ovs'
    : 'ml2.ovn';
}

function userVariables(
  input: ExportInput,
  choices: DeploymentChoices,
  neutron: OsaNeutron,
): Record<string, string> {
  const { addressing } = input.report;
  const values: Record<string, string> = {};
  if (neutron === 'ml2.ovs') values['neutron_plugin_type'] = 'ml2.ovs';
  values['neutron_ml2_drivers_type'] = ['flat', 'vlan', choices.tenantNetworkType]
    .filter((t, i, all) => all.indexOf(t) === i)
    .join(',');
  if (addressing.internalVip)
    values['haproxy_keepalived_internal_vip_cidr'] = `${addressing.internalVip}/32`;
  if (addressing.externalVip)
    values['haproxy_keepalived_external_vip_cidr'] = `${addressing.externalVip}/32`;
  values['haproxy_keepalived_internal_interface'] = 'br-mgmt';
  values['haproxy_keepalived_external_interface'] = choices.interfaces.external;
  if (choices.cephUsed) {
    values['glance_default_store'] = 'rbd';
    if (input.design.physical.ceph.ephemeralOnCeph) values['nova_libvirt_images_rbd_pool'] = 'vms';
  }
  return values;
}

const yamlFile = (header: readonly string[], value: unknown) =>
  `---\n${header.map((line) => `# ${line}`).join('\n')}\n${stringify(value, { lineWidth: 0, version: '1.1' })}`;

/** openstack_user_config.yml and user_variables.yml, with the notes both carry. */
export function osaExport(input: ExportInput): ExportResult {
  const choices = deploymentChoices(input);
  const neutron = neutronFor(choices);
  const warnings = [...choices.warnings];
  const title = `for "${input.design.name}", OpenStack ${choices.releaseName}.`;
  const notes = [
    neutron === 'ml2.ovs'
      ? `Note: ML2/Open vSwitch, not OpenStack-Ansible's default ML2/OVN, because the design tunnels tenant networks with ${choices.tenantNetworkType.toUpperCase()}.`
      : "Note: ML2/OVN, OpenStack-Ansible's default.",
    ...choices.floatingNote,
    ...warnings.map((w) => `Note: ${w}`),
  ];
  return {
    files: [
      {
        name: 'openstack_user_config.yml',
        mediaType: 'application/yaml',
        text: yamlFile(
          [`OpenStack-Ansible environment ${title}`, ...notes],
          osaUserConfig(input, choices, neutron),
        ),
      },
      {
        name: 'user_variables.yml',
        mediaType: 'application/yaml',
        text: yamlFile(
          [
            `OpenStack-Ansible variables ${title}`,
            'Only what the design decides; the interface name is a placeholder to rename.',
            ...notes,
          ],
          userVariables(input, choices, neutron),
        ),
      },
    ],
    warnings,
  };
}
