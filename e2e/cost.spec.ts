import { expect, test } from '@playwright/test';
import { WizardPage } from './pages/wizard-page';

test('add a server profile, compare it, pick it, and the design takes its hardware', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open('/#s=cost');
  await wizard.expectStep('Servers & cost');
  // The book's design at the example prices over 3 years: 190,540 of hardware
  // (3 × 7,000 + 8 × 9,880 + 5 × 14,400 + 18,500).
  await expect(page.locator('[data-figure="cost.capital"]')).toHaveAttribute(
    'data-value',
    '190540',
  );
  await expect(page.locator('[data-compare]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add a server profile' }).click();
  await page.getByLabel('Profile 2 Name').fill('Budget 16-core');
  await page.getByLabel('Profile 2 Cores per socket').fill('8');
  await page.getByLabel('Profile 2 Server price, without RAM, drives or NICs').fill('3000');

  const compare = page.locator('[data-compare]');
  const budget = compare.locator('[data-profile="Budget 16-core"]');
  // 153.846 cores / 16 per node = 9.6 → 10 compute nodes; 6,880 each against 9,880: cheaper.
  await expect(budget).toContainText('(cheapest)');
  await expect(budget.locator('td').first()).toHaveText('10');
  await expect(compare.locator('[data-profile="This design"] td').first()).toHaveText('8');

  await budget.getByRole('button', { name: /^Use/ }).click();
  await wizard.expectFigure('compute.nodes', 10);
  await expect(compare.locator('[data-profile="Previous hardware"]')).toBeVisible();
  await wizard.jumpTo('CPU');
  await expect(wizard.field(/^Cores per socket/)).toHaveValue('8');
});
