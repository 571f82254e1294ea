import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { STEP_IDS, STEP_TITLES } from './pages/steps';
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
  test.setTimeout(120_000); // twelve steps at four widths, each waiting for its charts
  const wizard = await new WizardPage(page).open();
  const overflows: string[] = [];
  for (const [width, height] of [
    [360, 740],
    [375, 740],
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const [i, id] of STEP_IDS.entries()) {
      const title = STEP_TITLES[i] ?? id;
      await wizard.goToStep(id, title);
      // Measured only once the lazy charts, tables and diagrams are drawn, as a person sees them.
      await wizard.expectStepDrawn();
      const overflow = await wizard.horizontalOverflow();
      if (overflow > 0) overflows.push(`${title} at ${width} px: ${overflow} px`);
    }
  }
  expect(overflows).toEqual([]);
});

test('wide tables scroll inside their own frame and say so, never the page', async ({ page }) => {
  const wizard = await new WizardPage(page).open('/#s=workload');
  await page.getByRole('radio', { name: /a list of instance flavors/ }).check();
  const flavors = page.locator('.flavor-table');
  const scroller = flavors.locator('.side-scroll__area');

  // Beside the key figures at 1280 px the whole flavor table fits, its Remove buttons included.
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('region', { name: /^Flavors/ })).toHaveCount(0);
  const rightEdge = (box: { x: number; width: number } | null) =>
    box ? box.x + box.width : Number.NaN;
  const shown = rightEdge(await scroller.boundingBox());
  const removes = await flavors.getByRole('button', { name: /^Remove/ }).all();
  expect(removes).toHaveLength(5);
  for (const remove of removes)
    expect(rightEdge(await remove.boundingBox())).toBeLessThanOrEqual(shown);

  // On a phone it scrolls inside its frame: a named, focusable region with a cue to scroll.
  await page.setViewportSize({ width: 360, height: 740 });
  const region = page.getByRole('region', { name: 'Flavors (scrolls sideways)' });
  await expect(region).toBeVisible();
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(flavors.getByText('Scroll sideways for more →')).toBeVisible();
  await region.evaluate((area) => area.scrollTo({ left: area.scrollWidth }));
  await expect(flavors.getByText('← Scroll back for the first columns')).toBeVisible();
  for (const [id, title] of [
    ['workload', 'Workload'],
    ['results', 'Results'],
  ] as const) {
    await wizard.goToStep(id, title);
    await wizard.expectStepDrawn();
    expect(await wizard.horizontalOverflow(), `${title} with flavors at 360 px`).toBe(0);
  }
});

test('Copy link shows the link over the page without moving the header', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 740 });
    const wizard = await new WizardPage(page).open('/#s=growth');
    const copy = page.getByRole('button', { name: 'Copy link' });
    // The header's actions load just after the first step: measure once they are all drawn.
    await expect(copy).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print summary' })).toBeVisible();
    const layout = async () => ({
      header: await page.getByRole('banner').boundingBox(),
      copy: await copy.boundingBox(),
      print: await page.getByRole('button', { name: 'Print summary' }).boundingBox(),
      heading: await wizard.stepHeading.boundingBox(),
    });
    const before = await layout();
    await copy.click();
    await expect(page.getByRole('textbox', { name: 'Design link' })).toBeVisible();
    expect(await layout(), `at ${width} px`).toEqual(before);
    expect(await wizard.horizontalOverflow()).toBe(0);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('textbox', { name: 'Design link' })).toBeHidden();
    await expect(copy).toBeFocused();
  }
});
