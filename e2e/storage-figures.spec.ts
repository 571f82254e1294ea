import { expect, test } from '@playwright/test';
import { WizardPage } from './pages/wizard-page';

test("Results shows the book's storage pools, the storage chart and Ceph volume IOPS", async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open('/#s=results');
  await wizard.expectStep('Results');
  await wizard.expectStepDrawn();

  // 200 VMs × 250 GB = 50 TB of volumes, 1 TB of images, 10 TB in Swift, 3 copies each.
  const pools = page.locator('[data-table="pools"]');
  await expect(pools.getByRole('table', { name: /Storage pools/ })).toBeVisible();
  const rows = pools.locator('tbody tr');
  await expect(rows.locator('th')).toHaveText([
    'Volumes (Cinder)',
    'Images (Glance)',
    'Objects (Swift)',
  ]);
  await expect(rows.first().locator('td')).toHaveText(['50', '3 copies', '150', '2,048']);
  await wizard.expectFigure('storage.pools.volumes.pgs', 2048);
  await wizard.expectFigure('storage.pools.images.rawTb', 3);
  await wizard.expectFigure('storage.pools.swift.dataTb', 10);
  // 150 + 3 + 30 = 183 TB of 5 × 12 × 7.68 = 460.8 TB
  await expect(pools.locator('tfoot td').nth(2)).toHaveText('183');
  await expect(pools).toContainText('460.8 TB installed on 60 OSDs: 39.7 % full');

  const storage = page.locator('[data-chart="storage"]');
  await expect(storage.locator('tr[data-row="cluster"] td')).toHaveText(['—', '183', '460.8']);
  // 10 bars: data and raw needed for 3 pools, raw needed and installed for the cluster, data
  // and installed for the local disks.
  await expect(storage.locator('.recharts-bar-rectangle')).toHaveCount(10);

  // 60 OSDs × 20,000 IOPS / 200 VMs = 6,000 reads; 3 copies: 2,000 writes.
  const iops = page.locator('[data-chart="iops"]');
  await expect(iops.locator('tr[data-row="volume-read"] td')).toHaveText('6,000');
  await expect(iops.locator('tr[data-row="volume-write"] td')).toHaveText('2,000');
  await expect(iops.locator('.recharts-legend-item-text')).toHaveText([
    'Local disk',
    'Ceph volumes',
  ]);
});
