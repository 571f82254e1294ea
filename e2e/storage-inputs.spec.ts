import { expect, test } from '@playwright/test';
import { WizardPage } from './pages/wizard-page';

test('storage node and Ceph inputs size the storage nodes and refuse what cannot be built', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open('/#s=storage');
  await wizard.expectStep('Storage & IOPS');
  for (const heading of ['Compute nodes’ local disks', 'Storage nodes', 'Ceph'])
    await expect(page.getByRole('group', { name: heading })).toBeVisible();
  await expect(wizard.field(/^Nearfull ratio \(share of raw, 0 to 1\)/)).toHaveValue('0.85');
  await expect(wizard.field(/^Backfillfull ratio/)).toHaveValue('0.9');
  await expect(wizard.field(/^Object storage back end/)).toHaveValue('swift');

  // The book's 200 VMs keep 183 TB raw (150 of volumes, 3 of images, 30 of objects). 12 drives of
  // 7.68 TB hold it on 5 nodes, the minimum asked; of 1.92 TB, ⌈183 / (23.04 × 0.85)⌉ = 10 nodes
  // by capacity (recovery: ⌈183 / 20.736⌉ + 1 = 10 too): 3 + 8 + 10 = 21 nodes in all.
  // Volumes' placement groups: 100 × 60 OSDs × 50/51 / 3 = 1,960.8 → 2,048; with 120 OSDs
  // 3,921.6 → 4,096.
  const driveSize = wizard.field(/^Size of one storage node drive/);
  await expect(driveSize).toHaveValue('7.68');
  await wizard.expectFigure('nodes.storage', 5);
  await wizard.expectFigure('storage.bound', 'minimum');
  await wizard.expectFigure('storage.pools.volumes.pgs', 2048);
  await driveSize.fill('1.92');
  await wizard.expectFigure('nodes.storage', 10);
  await wizard.expectFigure('storage.bound', 'capacity');
  await wizard.expectFigure('nodes.total', 21);
  await wizard.expectFigure('storage.pools.volumes.pgs', 4096);
  await expect(page.locator('[data-chart="storage"]')).toContainText('230.4');

  // More drives than bays: refused on that field, and the figures keep their last valid values.
  const drives = wizard.field(/^Drives per storage node/);
  await drives.fill('14');
  await expect(drives).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByRole('alert').filter({ hasText: 'must be ≤ the 12 drive bays of a storage node' }),
  ).toBeVisible();
  await wizard.expectFigure('nodes.total', 21);
  await drives.fill('12');
  await expect(drives).toHaveAttribute('aria-invalid', 'false');

  // The list offers the kinds by their names, not the document's codes.
  const kind = wizard.field(/^Storage node drive kind/);
  await expect(kind).toHaveValue('ssd');
  await kind.selectOption({ label: 'HDD' });
  await expect(kind).toHaveValue('hdd');
  await expect(kind).toHaveAttribute('aria-invalid', 'false');
  await wizard.expectFigure('nodes.total', 21);
  // 12 HDDs keep their DB on ⌈12 / 5⌉ = 3 SSDs: 15 drives for 12 bays.
  await expect(page.locator('[data-warning="storage-node-bays-short"]')).toHaveCount(1);
});

test('storage node and Ceph inputs are left out without storage services', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (const service of ['Block storage', 'Object storage', 'File share'])
    await wizard.field(service).uncheck();
  await wizard.goToStep('storage', 'Storage & IOPS');
  await expect(page.getByRole('group', { name: 'Storage nodes' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Ceph' })).toHaveCount(0);
  await expect(wizard.field(/^Drives per storage node/)).toHaveCount(0);
  // Hyperconverged, Ceph runs on the compute nodes: its fill ratios matter again.
  await wizard.field(/^Hyperconverged/).check();
  await expect(wizard.field(/^Nearfull ratio/)).toBeVisible();
  await expect(wizard.field(/^Host RAM per OSD/)).toBeVisible();
  await expect(wizard.field(/^Drives per storage node/)).toHaveCount(0);
});
