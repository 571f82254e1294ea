import { expect, test } from '@playwright/test';
import { DEFAULT_DESIGN } from '../src/design/default-design';
import { encodeDesignFragment } from '../src/design/link-codec';
import { collectErrors } from './pages/sharing';
import { WizardPage } from './pages/wizard-page';

// 2.2 GHz per VM leaves 24 VMs a node, so 10 Gbit/s and the IOPS split into thirds.
const THIRDS = {
  ...DEFAULT_DESIGN,
  physical: {
    ...DEFAULT_DESIGN.physical,
    workload: { ...DEFAULT_DESIGN.physical.workload, vms: 375, ghzPerVm: 2.2 },
  },
};

test('key figures read as whole Mbit/s and IOPS, the exact value kept in data-value', async ({
  page,
}) => {
  const wizard = await new WizardPage(page).open(`/${encodeDesignFragment(THIRDS, 'results')}`);
  const bandwidth = wizard.figure('network.mbpsPerVm');
  await expect(bandwidth).toHaveText('417');
  await expect(bandwidth).toHaveAttribute('data-value', /^416\.66/);
  const readIops = wizard.figure('storage.readIopsPerVm');
  await expect(readIops).toHaveText('6,667');
  await expect(readIops).toHaveAttribute('data-value', /^6666\.66/);
  await expect(wizard.figure('storage.writeIopsPerVm')).toHaveText('3,333');
});

test('a link cut short says so and keeps the link to copy', async ({ page }) => {
  const errors = collectErrors(page);
  const whole = encodeDesignFragment(THIRDS, 'results');
  const cut = whole.slice(0, Math.floor(whole.length / 2));
  await new WizardPage(page).open(`/${cut}`);
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'This design link could not be opened' });
  await expect(notice).toContainText('cut short');
  await expect(notice).not.toContainText('base64url');
  await expect(notice).not.toContainText('decompress');
  const field = notice.getByRole('textbox', { name: 'The link as it arrived' });
  await expect(field).toHaveValue(new RegExp(`${cut.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(field).toHaveAttribute('readonly', '');
  await expect(notice.getByRole('button', { name: /^Copy/ })).toBeVisible();
  expect(errors).toEqual([]);
});
