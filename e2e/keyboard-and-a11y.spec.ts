import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { STEP_TITLES } from './pages/steps';
import { WizardPage } from './pages/wizard-page';

test('a keyboard-only walk reaches the results', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (let step = 0; step < STEP_TITLES.length - 1; step++) {
    let onNext = false;
    for (let presses = 0; presses < 120 && !onNext; presses++) {
      await page.keyboard.press('Tab');
      onNext = await page.evaluate(
        () => document.activeElement?.textContent?.startsWith('Next') ?? false,
      );
    }
    expect(onNext, `reached Next by Tab on step ${step + 1}`).toBe(true);
    await page.keyboard.press('Enter');
  }
  await wizard.expectStep('Results');
  await expect(wizard.stepHeading).toBeFocused();
});

test('no serious or critical accessibility violations on any step', async ({ page }) => {
  test.setTimeout(120_000); // an axe scan of every step takes a few seconds each on 2 cores
  const wizard = await new WizardPage(page).open();
  const titles = STEP_TITLES.slice(1);
  for (let i = 0; i <= titles.length; i++) {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, `on step ${await wizard.stepHeading.textContent()}`).toEqual([]);
    const title = titles[i];
    if (title) await wizard.next(title);
  }
});

test('no horizontal scroll from a phone to a projector', async ({ page }) => {
  const steps = {
    services: 'Service classes',
    nodes: 'Node roles & HA',
    networking: 'Network mode',
    memory: 'Memory',
    results: 'Results',
  };
  for (const [width, height] of [
    [375, 740],
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const [id, title] of Object.entries(steps)) {
      const wizard = await new WizardPage(page).open(`/#s=${id}`);
      await wizard.expectStep(title);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${title} at ${width}×${height}`).toBeLessThanOrEqual(0);
    }
  }
});
