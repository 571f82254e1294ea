import type { ExportFormat } from '../export/export-types';

/** The Export menu's entries: one file each, named as its deployment tool expects it. */
export const EXPORT_CHOICES: readonly { format: ExportFormat; file: string; label: string }[] = [
  { format: 'kolla-ansible', file: 'multinode', label: 'kolla-ansible inventory (multinode)' },
  { format: 'kolla-ansible', file: 'globals.yml', label: 'kolla-ansible globals.yml' },
  {
    format: 'openstack-ansible',
    file: 'openstack_user_config.yml',
    label: 'OpenStack-Ansible openstack_user_config.yml',
  },
  {
    format: 'openstack-ansible',
    file: 'user_variables.yml',
    label: 'OpenStack-Ansible user_variables.yml',
  },
  { format: 'csv', file: 'bill-of-materials.csv', label: 'Bill of materials (CSV)' },
  { format: 'markdown', file: 'design-summary.md', label: 'Design summary (Markdown)' },
];
