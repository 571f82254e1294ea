import { expect, test } from '@playwright/test';
import { stepsBetween } from './pages/steps';
import { WizardPage } from './pages/wizard-page';

const TO_WORKLOAD = stepsBetween('Service classes', 'Workload');
const WORKLOAD_TO_GROWTH = stepsBetween('Workload', 'Growth');

test('a flavor list sizes the cloud by the flavors it sums', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (const title of TO_WORKLOAD) await wizard.next(title);
  await page.getByRole('radio', { name: /a list of instance flavors/ }).check();
  await expect(wizard.field('Flavor 1 name')).toHaveValue('m1.tiny');
  await expect(wizard.field('Flavor 5 name')).toHaveValue('m1.xlarge');
  // m1.tiny … m1.xlarge at 2 GHz a vCPU, 20/80/60/30/10 instances:
  // 20×2 + 80×2 + 60×4 + 30×8 + 10×16 = 840 GHz → 840/2.6 = 323.08 → 324 cores → 33 sockets → 17 nodes;
  // but Nova counts 20×1 + 80×1 + 60×2 + 30×4 + 10×8 = 420 vCPUs, 20 a node at ratio 1 → 21 nodes.
  await wizard.expectFigure('compute.nodes', 21);
  await wizard.expectFigure('compute.bound', 'vcpu');
  await expect(wizard.field(/^Virtual machines/)).toHaveCount(0);

  // Ten more m1.xlarge: 420 + 80 = 500 vCPUs → 25 nodes (GHz alone: 1,000 / 2.6 → 20).
  await wizard.field('Flavor 5 Instances').fill('20');
  await wizard.expectFigure('compute.nodes', 25);

  // A flavor with no vCPUs is refused in its own cell, and the last valid figures stay.
  await wizard.field('Flavor 2 vCPUs').fill('0');
  await expect(
    page.getByRole('alert').filter({ hasText: 'must be a whole number ≥ 1' }),
  ).toBeVisible();
  await expect(wizard.field('Flavor 2 vCPUs')).toHaveAttribute('aria-invalid', 'true');
  await wizard.expectFigure('compute.nodes', 25);

  // Back to the book's single VM.
  await wizard.field('Flavor 2 vCPUs').fill('1');
  await page.getByRole('radio', { name: /one average VM/ }).check();
  await wizard.expectFigure('compute.nodes', 8);
});

test("Nova's vCPU limit at its default ratio and the host's reserved cores", async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (const title of TO_WORKLOAD) await wizard.next(title);
  await page.getByRole('radio', { name: /a list of instance flavors/ }).check();
  await wizard.expectFigure('compute.nodes', 21);
  await wizard.next('CPU');
  // Ratio 4: 420 vCPUs on 20 cores × 1 × 4 = 80 a node → ⌈5.25⌉ = 6 nodes (GHz alone: 5).
  await wizard.field(/^CPU allocation ratio/).fill('4');
  await wizard.expectFigure('compute.nodes', 6);
  await wizard.expectFigure('compute.bound', 'vcpu');
  // 4 cores kept for the host: 16 × 4 = 64 a node → ⌈6.56⌉ = 7 nodes.
  await wizard.field(/^Host cores reserved per node/).fill('4');
  await wizard.expectFigure('compute.nodes', 7);
  // Every core kept: refused on the field, and the last valid figures stay.
  await wizard.field(/^Host cores reserved per node/).fill('20');
  await expect(wizard.field(/^Host cores reserved per node/)).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await wizard.expectFigure('compute.nodes', 7);
});

test('growth sizes every year and buying for year 3 sizes for 267 VMs', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (const title of [...TO_WORKLOAD, ...WORKLOAD_TO_GROWTH]) await wizard.next(title);
  await wizard.field(/^Instance growth per year/).fill('10');
  await wizard.field(/^Years to plan for/).fill('3');
  // Bought for today: 200 × 1.1³ = 266.2 → 267 VMs in year 3, so purchases fall due.
  await expect(page.getByText(/200 instances today become 267 in year 3/)).toBeVisible();
  await expect(page.getByText(/Purchases are due in year/)).toBeVisible();
  await wizard.expectFigure('compute.nodes', 8);

  // Bought for year 3: 267 × 2 / 2.6 = 205.4 → 206 cores → 21 sockets → 11 nodes.
  await wizard.field(/^Buy for year/).fill('3');
  await wizard.expectFigure('compute.nodes', 11);
  await expect(page.getByText(/no purchase is due within 3 years/)).toBeVisible();

  const chart = page.locator('[data-chart="growth"]');
  await expect(chart).toBeVisible();
  await expect(chart.getByRole('row', { name: /^Year 3\b/ })).toContainText('267');
  // Year 0 needs 8 compute nodes but owns the 11 bought for year 3: 11 × 256 GB = 2.75 TB of
  // RAM and 7.05 kW, read to one decimal as 2.8 TB and 7.1 kW.
  const year0 = chart.getByRole('row', { name: /^Year 0\b/ });
  await expect(year0.getByRole('cell')).toHaveText([
    '200',
    '8',
    '3',
    '11',
    '5',
    '19',
    '2.8',
    '1',
    '7.1',
    'first purchase',
  ]);
});

test('racks, power and the loss of a whole rack', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (const title of [...TO_WORKLOAD, ...WORKLOAD_TO_GROWTH, 'Racks & power'])
    await wizard.next(title);
  // The book's 16 nodes fit one 42U rack: 3 × 1U + 8 × 2U + 5 × 2U + 2 × 1U switches = 31U.
  await wizard.expectFigure('racks.count', 1);
  await wizard.field(/^Rack height/).fill('20');
  await wizard.expectFigure('racks.count', 2);
  await wizard.field('Survive the loss of a whole rack').check();
  const racks = page.locator('[data-diagram="racks"]');
  await expect(racks).toContainText(
    /Losing the fullest rack, rack \d+ with \d+ compute nodes, leaves/,
  );
  const nodes = Number(await wizard.figure('compute.nodes').getAttribute('data-value'));
  expect(nodes).toBeGreaterThan(8);
});
