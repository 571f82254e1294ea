import { expect, test } from '@playwright/test';

test('opens on the book example and shows its figures', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'OpenStack design wizard' })).toBeVisible();
  await expect(page.locator('[data-figure="compute.nodes"]')).toHaveAttribute('data-value', '8');
  await expect(page.locator('[data-figure="nodes.total"]')).toHaveAttribute('data-value', '16');
});
