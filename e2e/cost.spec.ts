import { expect, test } from '@playwright/test';
import { firstPageWith, pdfOf, printSummary, stubPrintDialog } from './pages/printed-summary';
import { WizardPage } from './pages/wizard-page';

test('add a server profile, compare it, pick it, and the design takes its hardware', async ({
  page,
}, testInfo) => {
  await stubPrintDialog(page);
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

  // With profiles of its own the printout gives the money a page: the profiles and their chart.
  await printSummary(page);
  const pdf = await pdfOf(page, testInfo, 'A4', 'cost');
  const costPage = firstPageWith(pdf, 'Servers and cost');
  expect(costPage).toBeGreaterThan(1);
  const text = (pdf.pages[costPage - 1] ?? '').replace(/\s+/g, ' ');
  expect(text).toContain('Previous hardware');
  expect(text).toContain('Total cost of ownership and compute nodes per server profile');
  // The profiles table on the same page: the previous hardware 282,816 / 273,552 − 1 = 3.4 % above.
  expect(text).toContain('3.4 %');
  expect(text).not.toMatch(/[a-z][A-Z][a-z]/);
});
