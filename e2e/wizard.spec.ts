import { expect, test } from '@playwright/test';
import { STEP_TITLES } from './pages/steps';
import { WizardPage } from './pages/wizard-page';

test("walks the book's example through every step and reads its figures", async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  await wizard.expectStep('Service classes');
  for (const title of STEP_TITLES.slice(1, 6)) await wizard.next(title);

  await wizard.expectFigure('compute.nodes', 8);
  await wizard.expectFigure('compute.bound', 'cpu');
  await wizard.expectFigure('memory.sticksPerNode', 16);
  await wizard.expectFigure('memory.stickGb', 16);
  await wizard.expectFigure('memory.gbInstalledPerNode', 256);
  await wizard.expectFigure('network.mbpsPerVm', 400);
  await wizard.expectFigure('storage.readIopsPerVm', 6400);
  await wizard.expectFigure('storage.writeIopsPerVm', 3200);
  await wizard.expectFigure('network.publicIps', 11);
  await wizard.expectFigure('network.floatingIps', 220);
  await expect(wizard.figure('memory.gbInstalledPerNode')).toHaveText('16 × 16 GB = 256');

  // The book's IP plan: 375 VMs.
  await wizard.field(/^Virtual machines/).fill('375');
  await wizard.expectFigure('compute.nodes', 15);
  await wizard.expectFigure('network.publicIps', 18);
  await wizard.expectFigure('network.floatingIps', 395);

  for (const title of STEP_TITLES.slice(6)) await wizard.next(title);
  await expect(page.getByRole('row', { name: /Compute nodes \(with spares\)/ })).toContainText(
    '15 nodes',
  );
});

test('an invalid value shows an inline error and keeps the last valid figures', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open();
  for (const title of STEP_TITLES.slice(1, 6)) await wizard.next(title);
  const vms = wizard.field(/^Virtual machines/);
  await vms.fill('-5');
  await expect(vms).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByRole('alert').filter({ hasText: 'must be a whole number ≥ 1' }),
  ).toBeVisible();
  await wizard.expectFigure('compute.nodes', 8);
  await vms.fill('375');
  await expect(vms).toHaveAttribute('aria-invalid', 'false');
  await wizard.expectFigure('compute.nodes', 15);
});

test('a VM too large for any node names the field and keeps the figures', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (const title of STEP_TITLES.slice(1, 6)) await wizard.next(title);
  await wizard.field(/^Maximum dynamic RAM per VM/).fill('500');
  await expect(
    page.getByRole('alert').filter({ hasText: /more than a compute node can give it/ }),
  ).toBeVisible();
  await wizard.expectFigure('compute.nodes', 8);
});

test('leaving out object storage removes its inputs, chart bars and warnings', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  await wizard.field('Object storage').uncheck();
  for (const title of STEP_TITLES.slice(1, 6)) await wizard.next(title);
  await expect(wizard.field(/^Object storage needed/)).toHaveCount(0);
  await expect(wizard.field(/^Persistent storage per VM/)).toBeVisible();
  for (const title of STEP_TITLES.slice(6, 10)) await wizard.next(title);
  await expect(wizard.field(/^Object storage copies/)).toHaveCount(0);
  await expect(wizard.field(/^Block storage copies/)).toBeVisible();
  const storageChart = page.locator('[data-chart="storage"]');
  await expect(storageChart.getByRole('row', { name: /^Volumes \(Cinder\)/ })).toBeVisible();
  await expect(storageChart.getByRole('row', { name: /^Objects/ })).toHaveCount(0);
  await wizard.jumpTo('Node roles & HA');
  await wizard.field(/^Storage nodes/).fill('3');
  // Three asked for (four sized for the data) would be too few Swift zones, but Swift is not
  // offered: no such warning.
  await expect(page.locator('[data-warning="object-zones-below-five"]')).toHaveCount(0);
  await wizard.jumpTo('Service classes');
  await wizard.field('Object storage').check();
  await expect(page.locator('[data-warning="object-zones-below-five"]')).toHaveCount(1);
  await wizard.jumpTo('Storage & IOPS');
  await expect(wizard.field(/^Object storage copies/)).toBeVisible();
  await expect(
    page.locator('[data-chart="storage"]').getByRole('row', { name: /^Objects \(Swift\)/ }),
  ).toBeVisible();
});

test('the browser back button moves between steps and keeps the edits', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (const title of STEP_TITLES.slice(1, 6)) await wizard.next(title);
  await wizard.field(/^Virtual machines/).fill('375');
  await wizard.next('CPU');
  await page.goBack();
  await wizard.expectStep('Workload');
  await expect(wizard.field(/^Virtual machines/)).toHaveValue('375');
  await page.goBack();
  await wizard.expectStep('Addressing plan');
  await page.goForward();
  await wizard.expectStep('Workload');
  await wizard.expectFigure('compute.nodes', 15);
});

test('Back straight after a move returns to the step before, even while the link is being written', async ({
  page,
}) => {
  // The code that writes the design's link into the address arrives 3 s late.
  await page.route('**/assets/link-encode-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  const wizard = await new WizardPage(page).open();
  await wizard.next('Node roles & HA');
  await page.goBack();
  await wizard.expectStep('Service classes');
  await page.goForward();
  await wizard.expectStep('Node roles & HA');
  // Once written, the link holds the design and the step.
  await expect(page).toHaveURL(/#d=z\d+\.[\w-]+&s=nodes$/, { timeout: 10_000 });
});

test('the required services cannot be left out and the page says why', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (const name of ['Compute', 'Image', 'Network', 'Identity']) {
    await expect(wizard.field(name)).toBeDisabled();
    await expect(wizard.field(name)).toBeChecked();
  }
  await expect(page.getByText(/cannot be left out/)).toBeVisible();
});
