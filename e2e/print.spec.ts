import { expect, test, type Page } from '@playwright/test';
import { stepsBetween } from './pages/steps';
import { WizardPage } from './pages/wizard-page';
import {
  firstPageWith,
  pdfOf,
  printCalls,
  printSummary,
  stubPrintDialog,
  type PrintedPdf,
} from './pages/printed-summary';

const TO_WORKLOAD = stepsBetween('Service classes', 'Workload');

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function occurrences(text: string, word: string): number {
  return text.split(word).length - 1;
}

/**
 * What every printed summary must be: a few pages, none blank. The book's example and the 375-VM
 * design take 6 pages of body on A4 (the summary, the three phases, warnings and link) and 9 of
 * appendix (every figure's working, the bill of materials' working): 6 + 9 = 15. Letter is shorter
 * and its body takes 8 pages, so 8 + 9 = 17 is the most; the bound is there to catch a runaway, so
 * a new section raises it knowingly.
 */
function expectSensiblePages(pdf: PrintedPdf): void {
  expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
  expect(pdf.pages.length).toBeLessThanOrEqual(17);
  pdf.pages.forEach((text, i) => expect(text.trim(), `page ${i + 1}`).not.toBe(''));
}

const RECHARTS_CHARTS = ['node-counts', 'cores', 'ram', 'iops', 'bandwidth', 'storage', 'growth'];

/** Each recharts chart inside `scope` has drawn its bars (the slot map is plain SVG). */
async function expectChartsDrawn(page: Page, scope: string): Promise<void> {
  for (const id of RECHARTS_CHARTS)
    await expect(
      page.locator(`${scope} [data-chart="${id}"] .recharts-bar-rectangle`).first(),
    ).toBeAttached();
}

/** The warnings as the wizard shows them, without their "Warning:" or "Note:" label. */
async function warningMessages(page: Page): Promise<string[]> {
  const texts = await page.locator('.warnings .warning__message').allTextContents();
  return texts.map((t) =>
    t
      .replace(/^\s*(Warning|Note):\s*/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

test.beforeEach(async ({ page }) => {
  await stubPrintDialog(page);
});

test('prints the 375-VM design on A4 and Letter: figures, charts, warnings and link', async ({
  page,
}, testInfo) => {
  const wizard = await new WizardPage(page).open();
  for (const title of TO_WORKLOAD) await wizard.next(title);
  await wizard.field(/^Virtual machines/).fill('375');
  await wizard.expectFigure('compute.nodes', 15);
  const warnings = await warningMessages(page);
  expect(warnings.length).toBeGreaterThan(0);

  let link = '';
  for (const format of ['A4', 'Letter'] as const) {
    await printSummary(page);
    const summary = page.locator('.print-summary');
    // Every chart drawn at its paper width before the page goes to paper.
    expect(await summary.locator('[data-chart]').count()).toBeGreaterThanOrEqual(7);
    await expectChartsDrawn(page, '.print-summary');
    await expect(summary.locator('[data-chart="slot-map"] svg')).toBeAttached();
    link = (await summary.locator('.print-link__url').textContent()) ?? '';
    expect(link).toContain('#d=z1.');

    const pdf = await pdfOf(page, testInfo, format);
    testInfo.annotations.push({ type: `${format} pages`, description: String(pdf.pages.length) });
    expectSensiblePages(pdf);
    const { flat } = pdf;
    expect(flat).toContain('OpenStack design summary');
    expect(flat).toContain('Book example: 200 VMs');
    expect(flat).toContain(`Printed on ${today()}`);
    // The figures as the summary formats them: the book's IP plan.
    for (const figure of [
      '15 nodes',
      '16 × 16 GB',
      '6,400 IOPS',
      '3,200 IOPS',
      '18 IPs',
      '395 IPs',
    ])
      expect(flat, figure).toContain(figure);
    expect(flat).toContain('Compute: 15 nodes');
    for (const message of warnings) expect(flat, message).toContain(message);
    expect(flat.replace(/\s/g, '')).toContain(link);
    // Captions and numbers tables, and the drawings' own labels beside them.
    for (const caption of [
      'Nodes per role: 23 in all',
      'DIMM slots of one compute node: 16 of 24 filled with 16 GB sticks',
      'Disk IOPS per VM: read vs write',
      'Storage: data, raw needed and raw installed (TB)',
      'Storage pools: the data each keeps, how, and the raw space it takes',
    ])
      expect(flat, caption).toContain(caption);
    expect(occurrences(flat, 'Available')).toBeGreaterThanOrEqual(2);
    expect(occurrences(flat, 'Required')).toBeGreaterThanOrEqual(2);
    // No app chrome on paper.
    expect(flat).not.toContain('Copy link');
    expect(flat).not.toContain('Key figures');
  }
  expect(await printCalls(page)).toBe(2);

  // The paper leads back to the live design.
  const reader = await page.context().newPage();
  const reopened = await new WizardPage(reader).open(link);
  await reopened.expectStep('Results');
  await reopened.expectFigure('compute.nodes', 15);
});

test('leaving out object storage leaves Swift off the paper', async ({ page }, testInfo) => {
  const wizard = await new WizardPage(page).open();
  await wizard.field('Object storage').uncheck();
  await printSummary(page);
  const { flat } = await pdfOf(page, testInfo, 'A4', 'no-object');
  expect(flat).toContain('Cinder');
  expect(flat).not.toMatch(/swift/i);
  expect(flat).not.toMatch(/object storage/i);
});

test('a design with fewer services needs no more pages than the full one', async ({
  page,
}, testInfo) => {
  const wizard = await new WizardPage(page).open();
  await printSummary(page);
  const full = await pdfOf(page, testInfo, 'A4', 'full');
  expectSensiblePages(full);

  for (const service of ['Object storage', 'Block storage', 'File share', 'Telemetry'])
    await wizard.field(service).uncheck();
  await printSummary(page);
  const slim = await pdfOf(page, testInfo, 'A4', 'slim');
  expectSensiblePages(slim);
  expect(slim.pages.length).toBeLessThanOrEqual(full.pages.length);
  expect(slim.flat).not.toMatch(/Ceilometer|Cinder|Manila|Swift/);
});

test('Ctrl/Cmd+P prints the summary as the button does', async ({ page }, testInfo) => {
  await new WizardPage(page).open();
  // The shortcut is heard once the print host's code has loaded after the first paint: press
  // until the summary mounts, never again after, so one print is asked for.
  const host = page.locator('.print-host');
  await expect(async () => {
    if ((await host.count()) === 0) await page.keyboard.press('ControlOrMeta+p');
    expect(await host.count()).toBeGreaterThan(0);
  }).toPass();
  await expect.poll(() => printCalls(page)).toBe(1);
  await expect(page.locator('.print-summary[data-print-ready="true"]')).toBeAttached();
  const pdf = await pdfOf(page, testInfo, 'A4', 'shortcut');
  expect(pdf.flat).toContain('OpenStack design summary');
  expect(pdf.flat).not.toContain('Copy link');
});

test('the browser’s own print command prints the summary, not the screen', async ({
  page,
}, testInfo) => {
  // The summary's code arrives as soon as the person starts using the page (here, the pointer
  // moving towards the browser's menu); the results step has drawn the charts, so the summary can
  // draw them at once as well.
  const summaryCode = page.waitForResponse((response) => response.url().includes('print-summary'));
  await new WizardPage(page).open('/#s=results');
  await page.mouse.move(200, 10);
  await summaryCode;
  await expectChartsDrawn(page, '.app');
  await expect(page.locator('.print-summary')).toHaveCount(0);
  const pdf = await pdfOf(page, testInfo, 'A4', 'menu');
  expectSensiblePages(pdf);
  expect(pdf.flat).toContain('OpenStack design summary');
  expect(pdf.flat).toContain('Nodes per role: 16 in all');
  expect(occurrences(pdf.flat, 'Available')).toBeGreaterThanOrEqual(2);
  expect(pdf.flat).not.toContain('Copy link');
  expect(await printCalls(page)).toBe(0);
  // Unmounted again once printed, so editing does not pay for it.
  await expect(page.locator('.print-summary')).toHaveCount(0);
});

test('the book’s design answers on page 1 and its body fits 6 A4 pages', async ({
  page,
}, testInfo) => {
  await new WizardPage(page).open();
  await printSummary(page);
  const pdf = await pdfOf(page, testInfo, 'A4', 'book');
  const first = pdf.pages[0]?.replace(/\s+/g, ' ') ?? '';
  // By hand from the book: 8 compute + 3 controllers + 5 storage = 16 nodes; 16 sticks of 16 GB
  // = 256 GB a compute node; one rack drawing 6 kW, × 3,412.14 BTU/h per kW = 20,473 BTU/h.
  for (const figure of [
    'Executive summary',
    'Book example: 200 VMs',
    '8 compute nodes',
    '3 controllers',
    '5 storage nodes',
    '16 nodes in all',
    '16 × 16 GB = 256 GB',
    '1 rack',
    '6 kW',
    '20,473 BTU/h',
    'Switches',
    'PDUs',
    'Main risks',
  ])
    expect(first, figure).toContain(figure);
  const appendix = firstPageWith(pdf, 'Appendix: formulas and working');
  testInfo.annotations.push({ type: 'appendix page', description: String(appendix) });
  expect(appendix).toBeGreaterThan(1);
  expect(appendix).toBeLessThanOrEqual(7);
});
