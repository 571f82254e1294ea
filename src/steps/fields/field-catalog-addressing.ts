import type { FieldText } from './field-text';

const RANGE = 'An IPv4 network as address/prefix, e.g. 10.0.0.0/24.';

/** The addressing plan's ranges and the release the deployment files target. */
export const ADDRESSING_FIELD_TEXT = {
  'addressing.release': {
    label: 'OpenStack release',
    help: 'The release the kolla-ansible and OpenStack-Ansible files are written for.',
  },
  'addressing.managementCidr': {
    label: 'Management/API network range',
    unit: 'CIDR',
    help: `Every node, the gateway and the internal VIP. ${RANGE}`,
  },
  'addressing.tenantCidr': {
    label: 'Tenant data network range',
    unit: 'CIDR',
    help: `Tunnel endpoints of the compute nodes and the nodes that route. ${RANGE}`,
  },
  'addressing.storageCidr': {
    label: 'Storage network range',
    unit: 'CIDR',
    help: `Controllers, compute and storage nodes. ${RANGE}`,
  },
  'addressing.externalCidr': {
    label: 'External network range',
    unit: 'CIDR',
    help: `Public IPs, the external VIP, the gateway and the floating IPs (at the top of the range). ${RANGE}`,
  },
} as const satisfies Record<string, FieldText>;
