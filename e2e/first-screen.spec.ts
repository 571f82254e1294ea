import { expect, test } from '@playwright/test';
import { WizardPage } from './pages/wizard-page';

test('the first step and its key figures read before any script has run', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('#step-title')).toHaveText('Service classes');
  // The book's example: 154 cores / 10 per socket → 16 sockets / 2 per server → 8 nodes.
  const nodes = page.locator('[data-figure="compute.nodes"]');
  await expect(nodes).toHaveText('8');
  await expect(nodes).toHaveAttribute('data-value', '8');
  await expect(page.getByRole('checkbox', { name: 'Object storage' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await context.close();
});

test('the drawn first step comes alive in place: nothing redrawn, no error, edits sized', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Notes whether the page's drawn content is ever taken down, as a fresh render would do.
  await page.addInitScript(() => {
    const flagged = window as Window & { firstScreenReplaced?: boolean };
    flagged.firstScreenReplaced = false;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes)
          if (node instanceof HTMLElement && node.classList.contains('app'))
            flagged.firstScreenReplaced = true;
    }).observe(document, { childList: true, subtree: true });
  });
  const wizard = await new WizardPage(page).open();
  await wizard.field(/^Design name/).fill('Hydrated in place');
  await expect(page).toHaveURL(/#d=/);
  await wizard.next('Node roles & HA');
  await wizard.field(/^Cloud controllers/).fill('5');
  await wizard.expectFigure('network.publicIps', 13);
  expect(
    await page.evaluate(
      () => (window as Window & { firstScreenReplaced?: boolean }).firstScreenReplaced,
    ),
  ).toBe(false);
  expect(errors).toEqual([]);
});
