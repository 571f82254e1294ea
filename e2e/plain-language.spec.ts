import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_DESIGN } from '../src/design/default-design';
import type { Design } from '../src/design/design-schema';
import { encodeDesignFragment } from '../src/design/link-codec';
import { STARTER_FLAVORS } from '../src/design/starter-flavors';
import { STEP_TITLES } from './pages/steps';
import { WizardPage } from './pages/wizard-page';
import { pdfOf, printSummary, stubPrintDialog } from './pages/printed-summary';

/** The starter flavors, growing and bought ahead, hyperconverged, surviving a rack loss. */
const FLAVOR_DESIGN: Design = {
  ...DEFAULT_DESIGN,
  name: 'Flavors, growth and a rack loss',
  physical: {
    ...DEFAULT_DESIGN.physical,
    workload: { ...DEFAULT_DESIGN.physical.workload, flavors: [...STARTER_FLAVORS] },
    cpu: { ...DEFAULT_DESIGN.physical.cpu, reservedHostCores: 2 },
    storage: { ...DEFAULT_DESIGN.physical.storage, hyperconverged: true },
  },
  plan: { growthPerYear: 0.2, horizonYears: 3, buyForYear: 1 },
  racks: { ...DEFAULT_DESIGN.racks, surviveRackLoss: true },
};

const DESIGNS = [
  { title: "the book's design", design: DEFAULT_DESIGN },
  { title: 'a flavor list', design: FLAVOR_DESIGN },
];

const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z]*\b/g;
/** Units and names written this way in English too (Open vSwitch). */
const WRITTEN_SO = new Set(['vCPU', 'vCPUs', 'kW', 'kWh', 'vSwitch']);

/** The camelCase words in `text` other than the flavor names the architect typed. */
function camelCaseWords(text: string, design: Design): string[] {
  const typed = design.physical.workload.flavors.map((f) => f.name);
  const without = typed.reduce((t, name) => t.split(name).join(' '), text);
  return [...new Set(without.match(CAMEL_CASE) ?? [])].filter((w) => !WRITTEN_SO.has(w));
}

/** Opens every collapsed part of the page, the key figures' workings among them. */
async function openEveryWorking(page: Page): Promise<void> {
  const closed = page.locator('details:not([open]) > summary:visible');
  for (let left = await closed.count(); left > 0; left = await closed.count())
    await closed.first().click();
  await expect(page.locator('.key-figure__working[open] .working').first()).toBeVisible();
}

for (const { title, design } of DESIGNS) {
  test(`every step reads in plain language for ${title}, workings open`, async ({ page }) => {
    const wizard = await new WizardPage(page).open(`/${encodeDesignFragment(design, 'services')}`);
    for (const step of STEP_TITLES) {
      if (step !== STEP_TITLES[0]) await wizard.next(step);
      await openEveryWorking(page);
      const text = await page.locator('body').innerText();
      expect(camelCaseWords(text, design), `the ${step} step`).toEqual([]);
    }
  });

  test(`the printed summary reads in plain language for ${title}`, async ({ page }, testInfo) => {
    await stubPrintDialog(page);
    await new WizardPage(page).open(`/${encodeDesignFragment(design, 'results')}`);
    await printSummary(page);
    const { flat } = await pdfOf(page, testInfo, 'A4');
    expect(flat).toContain('Working');
    expect(camelCaseWords(flat, design)).toEqual([]);
  });
}
