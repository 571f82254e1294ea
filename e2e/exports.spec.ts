import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { WizardPage } from './pages/wizard-page';

const FILES = [
  ['kolla-ansible inventory (multinode)', 'multinode', 'controller01 ansible_host=10.0.0.3'],
  ['kolla-ansible globals.yml', 'globals.yml', 'kolla_internal_vip_address: 10.0.0.2'],
  [
    'OpenStack-Ansible openstack_user_config.yml',
    'openstack_user_config.yml',
    'internal_lb_vip_address: 10.0.0.2',
  ],
  ['OpenStack-Ansible user_variables.yml', 'user_variables.yml', 'neutron_plugin_type: ml2.ovs'],
  ['Bill of materials (CSV)', 'bill-of-materials.csv', 'Compute,8,RAM,16,16,GB,128,'],
  ['Design summary (Markdown)', 'design-summary.md', '| External | 203.0.113.0/24 | 233 | /24 |'],
] as const;

test('the Export menu downloads every deployment file of the design', async ({ page }) => {
  await new WizardPage(page).open();
  for (const [label, name, line] of FILES) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: label }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    const text = await readFile(await file.path(), 'utf8');
    expect(text).toContain(line);
  }
  // What kolla-ansible 2025.2 cannot deploy is said on screen as well as in the files.
  await expect(page.getByText(/no longer deploys Swift/)).toBeVisible();
});

test('the addressing step shows the plan and names the prefix that fits a range too small', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open();
  await wizard.goToStep('addressing', 'Addressing plan');
  const table = page.getByTestId('addressing-table');
  await expect(table.getByRole('row', { name: /^External/ })).toContainText('233');
  const external = wizard.field(/^External network range/);
  await external.fill('203.0.113.0/25');
  await expect(
    page.getByText(/External range 203\.0\.113\.0\/25 gives 126 addresses .* widen it to \/24/),
  ).toBeVisible();
  await external.fill('203.0.113.7/24');
  await expect(external).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/must start at the network address/)).toBeVisible();
});
