import { expect, test } from '@playwright/test';
import { DEFAULT_DESIGN } from '../src/design/default-design';
import { encodeDesignFragment } from '../src/design/link-codec';
import { expectDraftWithVms } from './pages/drafts';
import { collectErrors } from './pages/sharing';
import { WizardPage } from './pages/wizard-page';

function withWorkload(workload: Partial<typeof DEFAULT_DESIGN.physical.workload>, name: string) {
  const { physical } = DEFAULT_DESIGN;
  return {
    ...DEFAULT_DESIGN,
    name,
    physical: { ...physical, workload: { ...physical.workload, ...workload } },
  };
}

/** 375 VMs of the book's size: 15 compute nodes (the book's second example). */
const COLLEAGUE = encodeDesignFragment(withWorkload({ vms: 375 }, 'Colleague 375'), 'workload');

/** One VM asks 600 GB, more than a compute node's 24 slots × 16 GB = 384 GB can give. */
const UNSIZED = encodeDesignFragment(withWorkload({ ramGbPerVmMax: 600 }, 'Too big'), 'services');

test('a link pasted into an open tab opens its design and keeps the work in progress as the draft', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const wizard = await new WizardPage(page).open('/#s=workload');
  await wizard.field(/^Virtual machines/).fill('300');
  // 300 VMs: 300 × 2 GHz / 2.6 GHz = 230.8 cores / 20 a node = 11.5 → 12 compute nodes.
  await wizard.expectFigure('compute.nodes', 12);
  await expectDraftWithVms(page, 300);

  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, COLLEAGUE);
  await wizard.expectFigure('compute.nodes', 15);
  await expect(wizard.field(/^Virtual machines/)).toHaveValue('375');
  await expect(
    page.getByRole('status').filter({ hasText: 'The design from the link is open' }),
  ).toBeVisible();
  // The address keeps the colleague's design, not the one that was open.
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(COLLEAGUE);

  await page.getByRole('button', { name: 'Resume draft' }).click();
  await wizard.expectFigure('compute.nodes', 12);
  await expect(wizard.field(/^Virtual machines/)).toHaveValue('300');
  expect(errors).toEqual([]);
});

test('a link that cannot be sized opens with its fields marked, a notice, and stale figures until fixed', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const wizard = await new WizardPage(page).open(`/${UNSIZED}`);
  await wizard.expectStep('Workload');
  const maximum = wizard.field(/^Maximum dynamic RAM per VM/);
  await expect(maximum).toHaveValue('600');
  await expect(maximum).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByRole('alert').filter({ hasText: 'cannot be sized as it stands' }),
  ).toContainText('Maximum dynamic RAM per VM');
  await expect(page.locator('aside.key-figures')).toHaveAttribute('data-stale', 'true');
  // The figures are still the book's: 8 compute nodes, and the link stays in the address.
  await wizard.expectFigure('compute.nodes', 8);
  expect(await page.evaluate(() => window.location.hash)).toBe(UNSIZED);

  await maximum.fill('8');
  await expect(maximum).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('aside.key-figures')).toHaveAttribute('data-stale', 'false');
  await wizard.jumpTo('Service classes');
  await expect(wizard.field(/^Design name/)).toHaveValue('Too big');
  expect(errors).toEqual([]);
});

test('opening a link and editing keeps the earlier draft among the saved designs', async ({
  page,
  context,
}) => {
  const wizard = await new WizardPage(page).open('/#s=workload');
  await wizard.field(/^Virtual machines/).fill('300');
  await expectDraftWithVms(page, 300);

  const visitor = new WizardPage(await context.newPage());
  await visitor.open(`/${COLLEAGUE}`);
  await visitor.field(/^Virtual machines/).fill('380');
  await expect(
    visitor.page.getByRole('status').filter({ hasText: 'now among the saved designs' }),
  ).toBeVisible();
  await expectDraftWithVms(visitor.page, 380);
  await visitor.page.getByRole('button', { name: 'Saved designs', exact: true }).click();
  const dialog = visitor.page.getByRole('dialog', { name: 'Saved designs' });
  await dialog.getByRole('button', { name: /^Open Book example: 200 VMs — draft of / }).click();
  await visitor.expectFigure('compute.nodes', 12);
});

test('two tabs editing never overwrite each other unseen', async ({ page, context }) => {
  const first = await new WizardPage(page).open('/#s=workload');
  const second = new WizardPage(await context.newPage());
  await second.open('/#s=workload');
  await first.field(/^Virtual machines/).fill('300');
  await expectDraftWithVms(page, 300);
  await expect(
    second.page
      .getByRole('status')
      .filter({ hasText: 'Another tab of the wizard has just saved its draft' }),
  ).toBeVisible();
  await second.field(/^Virtual machines/).fill('375');
  await expectDraftWithVms(second.page, 375);
  await second.page.getByRole('button', { name: 'Saved designs', exact: true }).click();
  const dialog = second.page.getByRole('dialog', { name: 'Saved designs' });
  await expect(dialog.getByRole('rowheader', { name: /— draft of / })).toHaveCount(1);
});

test('a draft that cannot be read is set aside with a notice, and the next visit opens clean', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() =>
    window.localStorage.setItem('openstack-design-wizard/draft', '[[[[[[[['),
  );
  const wizard = await new WizardPage(page).open('/');
  await expect(page.getByRole('alert').filter({ hasText: 'has been set aside' })).toBeVisible();
  await wizard.expectFigure('compute.nodes', 8);
  await wizard.reload();
  await wizard.expectFigure('compute.nodes', 8);
  await expect(page.getByRole('alert').filter({ hasText: 'set aside' })).toHaveCount(0);
});
