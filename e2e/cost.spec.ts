import AxeBuilder from '@axe-core/playwright';
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
  await expect(budget.locator('[data-cell="compute-nodes"]')).toHaveText('10');
  await expect(
    compare.locator('[data-profile="This design"] [data-cell="compute-nodes"]'),
  ).toHaveText('8');

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
  // No words run together (the design link at the end is base64, mixed case by nature).
  expect(text.split('Open this design')[0]).not.toMatch(/[a-z][A-Z][a-z]/);
});

test('add a storage profile of fewer, larger drives, compare it, and Use it as the storage node', async ({
  page,
}, testInfo) => {
  await stubPrintDialog(page);
  const wizard = await new WizardPage(page).open('/#s=cost');
  await wizard.expectStep('Servers & cost');
  await wizard.expectFigure('nodes.storage', 5);

  await page.getByRole('button', { name: 'Add a storage server profile' }).click();
  const column = 'Storage profile 2';
  await page.getByLabel(`${column} Name`).fill('Three large SSDs');
  // Drives first: 3 fit the 12 bays the copy starts with, then the bays come down to 4.
  await page.getByLabel(`${column} Data drives`).fill('3');
  await page.getByLabel(`${column} Drive bays`).fill('4');
  await page.getByLabel(`${column} Drive size (TB)`).fill('15.36');
  await page.getByLabel(`${column} Rack units (U)`).fill('1');
  await page.getByLabel(`${column} Power (W)`).fill('300');
  await page.getByLabel(`${column} Server price, without data drives`).fill('5000');
  await page.getByLabel(`${column} Price per data drive`).fill('1500');

  const row = page.locator('[data-compare] [data-profile="Three large SSDs"]');
  // 183 TB raw over 3 × 15.36 = 46.08 TB a node: ⌈183 / (46.08 × 0.9)⌉ + 1 = ⌈4.41⌉ + 1 = 6 nodes
  // to copy a lost node's data back below backfillfull, above the 5 asked for.
  await expect(row.locator('[data-cell="storage-nodes"]')).toHaveText('6');
  await expect(row).toContainText('storage node');
  await expect(row).toContainText('recovery');
  // 6 × (5,000 + 3 × 1,500) = 57,000 against 5 × 14,400 = 72,000: 190,540 − 15,000 = 175,540.
  await expect(row.locator('[data-cell="capital"]')).toHaveText('175,540 USD');
  await expect(row).toContainText('(cheapest)');

  // Drives that do not fit the bays: said inline on the input, by the table's own words.
  await page.getByLabel(`${column} Data drives`).fill('5');
  await expect(page.getByLabel(`${column} Data drives`)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[id="field-storageProfiles.0.drivesPerNode-error"]')).toHaveText(
    'must be at most the drive bays',
  );
  await expect(page.locator('[id="field-storageProfiles.0.driveBays-error"]')).toHaveText(
    'must be at least the data drives',
  );
  await page.getByLabel(`${column} Data drives`).fill('3');
  await expect(row.locator('[data-cell="storage-nodes"]')).toHaveText('6');

  await row.getByRole('button', { name: /^Use/ }).click();
  await wizard.expectFigure('nodes.storage', 6);
  await expect(
    page.locator(
      '[data-compare] [data-profile="Previous storage node"] [data-cell="storage-nodes"]',
    ),
  ).toHaveText('5');
  await wizard.jumpTo('Storage & IOPS');
  await expect(wizard.field(/^Drives per storage node/)).toHaveValue('3');

  // On paper the storage profile is compared too, named and described in words.
  await printSummary(page);
  const pdf = await pdfOf(page, testInfo, 'A4', 'storage-profile');
  const costPage = firstPageWith(pdf, 'Servers and cost');
  const text = (pdf.pages[costPage - 1] ?? '').replace(/\s+/g, ' ');
  expect(text).toContain('Previous storage node');
  expect(text).toContain('storage node');
  expect(text).not.toMatch(/costing\.|storageProfiles|physical\./);
});

test('a stick price typed for the design’s own compute node changes the capital', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open('/#s=cost');
  await wizard.expectStep('Servers & cost');
  await wizard.expectFigure('cost.capital', 190540);

  await page.getByRole('button', { name: 'Add a stick price for This design' }).click();
  const size = page.getByLabel('This design stick 1 size (GB)');
  const price = page.getByLabel('This design stick 1 price (USD)');
  // A new row starts at the stick the design buys and what it costs now: 16 GB × 5 = 80.
  await expect(size).toHaveValue('16');
  await expect(price).toHaveValue('80');
  await wizard.expectFigure('cost.capital', 190540);
  await price.fill('-5');
  // A negative price is refused beside the input; the figures stay those of the last valid design.
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(wizard.figure('cost.capital')).toHaveAttribute('data-value', '190540');
  // The keyboard alone: select the price and type over it.
  await price.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('60');
  await expect(price).toHaveAttribute('aria-invalid', 'false');
  // 16 sticks of 16 GB at 60 instead of 16 × 5 = 80: 8 nodes × 16 × 20 = 2,560 less,
  // 190,540 − 2,560 = 187,980.
  await wizard.expectFigure('cost.capital', 187980);

  await page.getByRole('button', { name: 'Remove This design stick price 1' }).click();
  await wizard.expectFigure('cost.capital', 190540);
});

test('a TDP estimate of the compute node’s watts prices the power, with its working', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open('/#s=cost');
  await wizard.expectStep('Servers & cost');
  await page.getByLabel(/^Compute node power for the cost from/).selectOption('tdp');
  // The starting estimate: 2 × 125 + 16 × 3 + 8 × 6 + 60 = 406 W loaded, idle 30 % = 121.8 W,
  // 121.8 + 400/416 × 284.2 = 395.07 W on average; 6 kW planned − 8 × (350 − 395.07) W =
  // 6.3606 kW × 8,760 h × 1.5 × 0.15 = 12,536.65 a year, 37,609.95 over 3 years.
  await expect
    .poll(async () => Number(await wizard.figure('cost.power').getAttribute('data-value')))
    .toBeCloseTo(37_609.95, 1);
  const working = page.locator('[data-working="cost.averageWatts"]');
  await expect(working).toContainText('2 × 125 + 16 × 3 + 8 × 6 + 60');
  await expect(working).toContainText('406 W loaded');
  await page.getByLabel(/^CPU TDP/).fill('150');
  // 50 W more a node: 456 W loaded, so the estimate grows and the power with it.
  await expect(working).toContainText('456 W loaded');
});

test('with a profile of each role, stick prices and TDP estimates of both roles, the step stays accessible', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open('/#s=cost');
  await wizard.expectStep('Servers & cost');
  await page.getByRole('button', { name: 'Add a server profile' }).click();
  await page.getByRole('button', { name: 'Add a storage server profile' }).click();
  await page.getByRole('button', { name: 'Add a stick price for This design' }).click();
  await page.getByRole('button', { name: 'Add a stick price for Profile 2' }).click();
  await page.getByLabel('Profile 2 Power for the cost from').selectOption('tdp');
  await expect(page.getByLabel('Profile 2 CPU TDP (W per socket)')).toHaveValue('125');
  await page.getByLabel(/^Storage node power for the cost from/).selectOption('tdp');
  await page.getByLabel('Storage profile 2 Watts for the cost from').selectOption('tdp');
  await expect(page.getByLabel('Storage profile 2 CPU TDP, all processors (W)')).toHaveValue('150');
  // Every row of the comparison has a compute node's average and a storage node's watts with
  // their working.
  await expect(page.locator('[data-compare] [data-cell="compute-watts"]')).toHaveCount(3);
  await expect(page.locator('[data-compare] [data-cell="storage-watts"]')).toHaveCount(3);
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

test('a storage node’s watts estimated from its parts price the power, with its working; a storage profile keeps its own', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open('/#s=cost');
  await wizard.expectStep('Servers & cost');
  const working = page.locator('[data-working="cost.storageWatts"]');
  await expect(working).toContainText('400 W');
  await page.getByLabel(/^Storage node power for the cost from/).selectOption('tdp');
  // The SATA SSD starting figures: 150 + 12 × 6 + 120 = 342 W a node.
  await expect(page.getByLabel(/^Storage node CPU TDP/)).toHaveValue('150');
  await expect(page.getByLabel(/^Storage node power per data drive/)).toHaveValue('6');
  await expect(working).toContainText('150 + 12 × 6 + 120');
  await page.getByLabel(/^Storage node base power/).fill('130');
  // 150 + 12 × 6 + 130 = 352 W, all the time, against the stated 400 W: 5 nodes × 48 W = 0.24 kW
  // less. Planned 6 kW − 8 × (350 − 342.3077) W − 240 W = 5.698462 kW × 8,760 h × 1.5 × 0.15
  // = 11,231.67 a year, 33,695.00 over 3 years (35,114.12 at the stated watts).
  await expect(working).toContainText('150 + 12 × 6 + 130');
  await expect(working).toContainText('352 W');
  await expect
    .poll(async () => Number(await wizard.figure('cost.power').getAttribute('data-value')))
    .toBeCloseTo(33_695.0, 1);
  // The racks are still planned on the stated watts; a wrong figure is refused beside its input.
  const base = page.getByLabel(/^Storage node base power/);
  await base.fill('-1');
  await expect(base).toHaveAttribute('aria-invalid', 'true');
  await base.fill('130');
  await expect(base).toHaveAttribute('aria-invalid', 'false');

  // A storage profile of three large SSDs estimated at 125 + 3 × 6 + 100 = 243 W a node.
  await page.getByRole('button', { name: 'Add a storage server profile' }).click();
  await page.getByLabel('Storage profile 2 Name').fill('Three large SSDs');
  await page.getByLabel('Storage profile 2 Drive bays').fill('4');
  await page.getByLabel('Storage profile 2 Data drives').fill('3');
  await page.getByLabel('Storage profile 2 Drive size (TB)').fill('15.36');
  await page.getByLabel('Storage profile 2 Cores').fill('16');
  await page.getByLabel('Storage profile 2 RAM (GB)').fill('64');
  await page.getByLabel('Storage profile 2 Rack units (U)').fill('1');
  await page.getByLabel('Storage profile 2 Power (W)').fill('300');
  await page.getByLabel('Storage profile 2 Server price, without data drives').fill('5000');
  await page.getByLabel('Storage profile 2 Price per data drive').fill('1500');
  // It starts as a copy of the design's own node, estimate and all.
  await expect(page.getByLabel('Storage profile 2 Watts for the cost from')).toHaveValue('tdp');
  await page.getByLabel('Storage profile 2 CPU TDP, all processors (W)').fill('125');
  await page.getByLabel('Storage profile 2 Base power: board, fans, RAM, NICs (W)').fill('100');
  const row = page.locator('[data-compare] [data-profile="Three large SSDs"]');
  await expect(row.locator('[data-cell="storage-watts"] summary')).toHaveText('243 W');
  await expect(row.locator('[data-cell="storage-nodes"]')).toHaveText('6');
  // 6 nodes at 243 W: 5.8 kW planned − 61.5385 W − 6 × 57 W = 5.396462 kW × 1,971 × 3 = 31,909.28
  // power; capital 175,540, support 3 × 17,554 = 52,662: 260,111.28 in all.
  await expect
    .poll(async () => Number(await row.locator('[data-total]').getAttribute('data-total')))
    .toBeCloseTo(260_111.28, 1);
  await expect(
    page.locator('[data-compare] [data-profile="This design"] [data-cell="storage-watts"] summary'),
  ).toHaveText('352 W');
  // Use: the design takes the profile's estimate, and the node it replaces keeps its own.
  await row.getByRole('button', { name: /^Use/ }).click();
  await expect(working).toContainText('125 + 3 × 6 + 100');
  await expect(page.getByLabel(/^Storage node CPU TDP/)).toHaveValue('125');
  await expect(page.getByLabel('Storage profile 2 Name')).toHaveValue('Previous storage node');
  await expect(page.getByLabel('Storage profile 2 CPU TDP, all processors (W)')).toHaveValue('150');
  await expect(
    page.locator(
      '[data-compare] [data-profile="Previous storage node"] [data-cell="storage-watts"] summary',
    ),
  ).toHaveText('352 W');
});
