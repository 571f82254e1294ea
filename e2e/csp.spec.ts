import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../src/security/content-security-policy';
import { pdfOf, printSummary, stubPrintDialog } from './pages/printed-summary';
import { copyLink } from './pages/sharing';
import {
  recordRequests,
  servedPolicy,
  toOtherOrigins,
  watchPolicyViolations,
} from './pages/security-watch';
import { STEP_TITLES } from './pages/steps';
import { WizardPage } from './pages/wizard-page';

test('every step, dialog and print runs under the security policy without a breach or another origin', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000); // every step with its charts, the dialogs, a print and a PDF on 2 cores
  const violations = await watchPolicyViolations(context);
  const requests = recordRequests(context);
  await stubPrintDialog(page);
  page.on('dialog', (dialog) => void dialog.accept());

  const wizard = await new WizardPage(page).open();
  expect(await servedPolicy(page)).toBe(CONTENT_SECURITY_POLICY);

  // Every step, each with its charts, tables and diagrams drawn; the flavor list on the way.
  await wizard.expectStepDrawn();
  for (const title of STEP_TITLES.slice(1)) {
    await wizard.next(title);
    if (title === 'Workload')
      await page.getByRole('radio', { name: /a list of instance flavors/ }).check();
    await wizard.expectStepDrawn();
  }
  await page.locator('.key-figure__working summary').first().click();

  // The dialogs and notices: saved designs, the link, a file out and two files in.
  await page.getByRole('button', { name: 'Saved designs' }).click();
  const saved = page.getByRole('dialog', { name: 'Saved designs' });
  await saved.getByLabel('Save the current design as').fill('Policy walk');
  await saved.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saved.getByRole('status')).toHaveText('Saved as “Policy walk”.');
  await saved.getByRole('button', { name: 'Delete Policy walk' }).click();
  await expect(saved.getByRole('rowheader', { name: 'Policy walk' })).toHaveCount(0);
  await saved.getByRole('button', { name: 'Close' }).click();
  expect(await copyLink(page)).toContain('#d=z1.');
  await page.getByRole('button', { name: 'Close' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  const importFile = page.getByLabel('Import a design file (JSON)');
  await importFile.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"physical": {"workload": {"vms": -5}}}'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.json' })).toBeVisible();
  await importFile.setInputFiles({
    name: 'ip-plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"name": "IP plan", "physical": {"workload": {"vms": 375}}}'),
  });
  await wizard.expectFigure('compute.nodes', 15);

  // Printing: the summary with its charts and QR code, and the page as paper.
  await printSummary(page);
  const pdf = await pdfOf(page, testInfo, 'A4', 'policy');
  expect(pdf.flat).toContain('OpenStack design summary');

  // A damaged link in a second page: its notice, with the link as it arrived.
  const visitor = new WizardPage(await context.newPage());
  await visitor.open('/#d=z1.broken');
  await expect(visitor.page.getByRole('alert')).toContainText('could not be opened');

  const origin = new URL(baseURL ?? page.url()).origin;
  const elsewhere = toOtherOrigins(requests, origin);
  testInfo.annotations.push(
    { type: 'requests', description: `${requests.length}, ${elsewhere.length} to another origin` },
    { type: 'policy violations', description: String(violations.length) },
  );
  expect(requests.length).toBeGreaterThan(10);
  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);

  // The policy is live and the watch hears it: markup with an inline style and script is refused.
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.innerHTML = '<p style="color: red">probe</p>';
    document.body.append(probe);
    const script = document.createElement('script');
    script.textContent = 'document.title = "inline"';
    document.body.append(script);
  });
  await expect
    .poll(() => violations.map((v) => v.directive).sort())
    .toEqual(['script-src-elem', 'style-src-attr']);
  await expect(page).toHaveTitle('OpenStack design wizard');
});
