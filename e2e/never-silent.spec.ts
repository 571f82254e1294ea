import { expect, test, type Page } from '@playwright/test';
import { WizardPage } from './pages/wizard-page';

const AVERAGE = /^Average RAM per VM/;
const MAXIMUM = /^Maximum dynamic RAM per VM/;

function panel(page: Page) {
  return page.locator('aside.key-figures');
}

/** Longer than the address bar's pause after typing, so a write it was going to make is made. */
async function afterAddressDelay(page: Page): Promise<void> {
  await page.waitForTimeout(800);
}

test('an error across two fields marks both, the figures say they are stale, the link stays', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open('/#s=workload');
  await expect(panel(page)).toHaveAttribute('data-stale', 'false');
  await afterAddressDelay(page);
  const url = page.url();
  const ram = await wizard.figure('memory.gbInstalledPerNode').getAttribute('data-value');
  const nodes = await wizard.figure('compute.nodes').getAttribute('data-value');

  await wizard.field(AVERAGE).fill('20');
  await expect(wizard.field(AVERAGE)).toHaveAttribute('aria-invalid', 'true');
  await expect(wizard.field(MAXIMUM)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/must be ≥ the average RAM per VM \(20 GB\)/).first()).toBeVisible();
  await expect(panel(page)).toHaveAttribute('data-stale', 'true');
  await expect(panel(page).getByRole('status')).toHaveText(
    'Figures of the last valid design — fix the marked fields',
  );
  await afterAddressDelay(page);
  expect(page.url()).toBe(url);
  await wizard.expectFigure('memory.gbInstalledPerNode', ram ?? '');
  await wizard.expectFigure('compute.nodes', nodes ?? '');

  await wizard.field(MAXIMUM).fill('32');
  await expect(wizard.field(AVERAGE)).toHaveAttribute('aria-invalid', 'false');
  await expect(wizard.field(MAXIMUM)).toHaveAttribute('aria-invalid', 'false');
  await expect(panel(page)).toHaveAttribute('data-stale', 'false');
  await expect(panel(page).getByText(/Figures of the last valid design/)).toBeHidden();
  await expect(wizard.figure('memory.gbInstalledPerNode')).not.toHaveAttribute(
    'data-value',
    ram ?? '',
  );
  await expect.poll(() => page.url()).not.toBe(url);
});

test('every step can be opened from the stepper on a first visit', async ({ page }) => {
  await new WizardPage(page).open('/');
  const stepper = page.getByRole('navigation', { name: 'Design phases' });
  const buttons = stepper.getByRole('button');
  expect(await buttons.count()).toBeGreaterThan(5);
  for (const button of await buttons.all()) await expect(button).toBeEnabled();
  await expect(stepper.locator('[aria-current="step"]')).toHaveCount(1);

  // The last step, straight from the first, by keyboard.
  await buttons.last().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#step-title')).toBeFocused();
  await expect(stepper.locator('[aria-current="step"]')).toHaveCount(1);
});

test('Results opens with the headline figures and a contents list that moves focus', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open('/#s=results');
  const glance = page.getByRole('region', { name: 'At a glance' });
  await expect(glance.locator('[data-glance="compute.nodes"]')).toContainText(/Compute nodes/);
  await expect(glance.locator('[data-glance="compute.nodes"]')).toContainText(
    (await wizard.figure('compute.nodes').getAttribute('data-value')) ?? '',
  );
  for (const key of ['nodes.total', 'memory.gbInstalledPerNode', 'racks.count', 'racks.powerKw'])
    await expect(glance.locator(`[data-glance="${key}"]`)).toBeVisible();
  await expect(glance.locator('[data-glance="warnings.count"]')).toBeVisible();

  const contents = page.getByRole('navigation', { name: 'Results contents' });
  await contents.getByRole('button', { name: 'Every figure with its working' }).click();
  await expect(page.getByRole('heading', { name: 'Every figure with its working' })).toBeFocused();
  await wizard.expectStep('Results');
  expect(new URL(page.url()).hash).toContain('s=results');
});
