import { expect, type Page } from '@playwright/test';

/** The design link as the wizard shows it after "Copy link". */
export async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Design link' });
  await expect(field).toHaveValue(/#d=z1\./);
  return field.inputValue();
}

/** Console errors and uncaught exceptions, which a bad link must never cause. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}
