import { expect, test } from '@playwright/test';
import { deflateSync } from 'fflate';
import { DEFAULT_DESIGN } from '../src/design/default-design';
import { encodeDesignFragment } from '../src/design/link-codec';
import { stepsBetween } from './pages/steps';
import { WizardPage } from './pages/wizard-page';
import { collectErrors, copyLink } from './pages/sharing';
import { expectDraftWithVms } from './pages/drafts';

function withVms(vms: number) {
  const { physical } = DEFAULT_DESIGN;
  return { ...DEFAULT_DESIGN, physical: { ...physical, workload: { ...physical.workload, vms } } };
}

const TO_WORKLOAD = stepsBetween('Service classes', 'Workload');

async function editSeveralSteps(wizard: WizardPage): Promise<void> {
  await wizard.field(/^Telemetry/).uncheck();
  await wizard.next('Node roles & HA');
  await wizard.field(/^Cloud controllers/).fill('5');
  await wizard.field(/^Virtual IPs/).fill('2');
  for (const title of TO_WORKLOAD.slice(1)) await wizard.next(title);
  await wizard.field(/^Virtual machines/).fill('375');
  await wizard.next('CPU');
  await wizard.field(/^CPU allocation ratio/).fill('2');
}

test('a copied link reopens the same design on the same step in a fresh browser', async ({
  page,
  browser,
}) => {
  const wizard = await new WizardPage(page).open();
  await editSeveralSteps(wizard);
  const figures = [
    'compute.nodes',
    'network.publicIps',
    'network.floatingIps',
    'memory.gbInstalledPerNode',
  ];
  const before = await Promise.all(
    figures.map((key) => wizard.figure(key).getAttribute('data-value')),
  );
  const link = await copyLink(page);

  const fresh = await browser.newContext();
  const other = new WizardPage(await fresh.newPage());
  await other.open(link);
  await other.expectStep('CPU');
  for (const [i, key] of figures.entries()) await other.expectFigure(key, before[i] ?? '');
  await expect(other.field(/^CPU allocation ratio/)).toHaveValue('2');
  await other.jumpTo('Service classes');
  await expect(other.field(/^Telemetry/)).not.toBeChecked();
  await fresh.close();
});

test('a reload keeps the design and the step', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (const title of TO_WORKLOAD) await wizard.next(title);
  await wizard.field(/^Virtual machines/).fill('375');
  const expected = encodeDesignFragment(withVms(375), 'workload');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(expected);
  await wizard.reload();
  await wizard.expectStep('Workload');
  await wizard.expectFigure('compute.nodes', 15);
  await expect(wizard.field(/^Virtual machines/)).toHaveValue('375');
});

test('a new visit offers to resume the draft or start fresh', async ({ page, context }) => {
  const wizard = await new WizardPage(page).open();
  for (const title of TO_WORKLOAD) await wizard.next(title);
  await wizard.field(/^Virtual machines/).fill('375');
  await expect
    .poll(() => page.evaluate(() => window.location.hash))
    .toBe(encodeDesignFragment(withVms(375), 'workload'));
  await expectDraftWithVms(page, 375);

  const second = new WizardPage(await context.newPage());
  await second.open('/');
  await second.expectFigure('compute.nodes', 8);
  await second.page.getByRole('button', { name: 'Resume draft' }).click();
  await second.expectStep('Workload');
  await second.expectFigure('compute.nodes', 15);

  const third = new WizardPage(await context.newPage());
  await third.open('/');
  await third.page.getByRole('button', { name: 'Start fresh' }).click();
  await third.expectFigure('compute.nodes', 8);
  await expect(third.page.getByRole('button', { name: 'Resume draft' })).toHaveCount(0);
});

const STRAIGHT_LINK = encodeDesignFragment({
  ...DEFAULT_DESIGN,
  physical: {
    ...DEFAULT_DESIGN.physical,
    workload: { ...DEFAULT_DESIGN.physical.workload, vms: 999 },
  },
});
const bomb = Buffer.from(deflateSync(new Uint8Array(4_000_000).fill(32), { level: 9 })).toString(
  'base64url',
);
const invalid = Buffer.from(
  deflateSync(new TextEncoder().encode('{"version":1,"physical":{"workload":{"vms":-5}}}')),
).toString('base64url');

const BAD_LINKS: [string, string, RegExp][] = [
  ['garbage', '#d=%%%not-a-design', /format this wizard does not know|damaged/],
  ['a truncated link', STRAIGHT_LINK.slice(0, 20), /damaged or cut short/],
  [
    'a document that fails validation',
    `#d=z1.${invalid}`,
    /Virtual machines: must be a whole number ≥ 1/,
  ],
  [
    'a link from a newer version',
    '#d=z99.q1YqSy0qzszPU7IyrAUA',
    /newer than this wizard understands/,
  ],
  ['a link that decompresses to megabytes', `#d=z1.${bomb}`, /unpacks to more than/],
];

for (const [kind, fragment, message] of BAD_LINKS) {
  test(`${kind} shows a notice and keeps the draft`, async ({ page, context }) => {
    const wizard = await new WizardPage(page).open();
    for (const title of TO_WORKLOAD) await wizard.next(title);
    await wizard.field(/^Virtual machines/).fill('375');
    await expectDraftWithVms(page, 375);

    const visitor = await context.newPage();
    const errors = collectErrors(visitor);
    const bad = new WizardPage(visitor);
    await bad.open(`/${fragment}`);
    await expect(
      visitor.getByRole('alert').filter({ hasText: 'This design link could not be opened' }),
    ).toContainText(message);
    await bad.expectFigure('compute.nodes', 15);
    await bad.expectStep('Workload');
    expect(errors).toEqual([]);

    const later = new WizardPage(await context.newPage());
    await later.open('/');
    await later.page.getByRole('button', { name: 'Resume draft' }).click();
    await later.expectFigure('compute.nodes', 15);
  });
}

test('designs are saved by name, renamed, duplicated, reopened and deleted', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  const wizard = await new WizardPage(page).open();
  for (const title of TO_WORKLOAD) await wizard.next(title);
  await wizard.field(/^Virtual machines/).fill('375');

  await page.getByRole('button', { name: 'Saved designs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved designs' });
  await dialog.getByLabel('Save the current design as').fill('Pilot');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved as “Pilot”.');
  await dialog.getByRole('button', { name: 'Rename Pilot' }).click();
  await dialog.getByLabel('New name for Pilot').fill('Pilot A');
  await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(dialog.getByRole('rowheader', { name: 'Pilot A' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Duplicate Pilot A' }).click();
  await expect(dialog.getByRole('rowheader', { name: 'Pilot A (copy)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete Pilot A (copy)' }).click();
  await expect(dialog.getByRole('rowheader', { name: 'Pilot A (copy)' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await wizard.field(/^Virtual machines/).fill('200');
  await wizard.expectFigure('compute.nodes', 8);
  await page.getByRole('button', { name: 'Saved designs' }).click();
  await dialog.getByRole('button', { name: 'Open Pilot A' }).click();
  await wizard.expectFigure('compute.nodes', 15);
  await expect(wizard.field(/^Virtual machines/)).toHaveValue('375');
});

test('a broken file is refused field by field and the design stays', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  await page.getByLabel('Import a design file (JSON)').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"physical": {"workload": {"vms": -5}, "cpu": {"ghzPerCore": 0}}}'),
  });
  const notice = page.getByRole('alert').filter({ hasText: 'broken.json was not imported' });
  await expect(notice).toContainText('physical.workload.vms: must be a whole number ≥ 1');
  await expect(notice).toContainText('physical.cpu.ghzPerCore: must be a number ≥ 0.1');
  await wizard.expectFigure('compute.nodes', 8);

  await page.getByLabel('Import a design file (JSON)').setInputFiles({
    name: 'ip-plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"name": "IP plan", "physical": {"workload": {"vms": 375}}}'),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported “IP plan”' })).toBeVisible();
  await wizard.expectFigure('compute.nodes', 15);
});
