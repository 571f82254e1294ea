import { expect, test, type Page } from '@playwright/test';
import { DESIGN_PARAM, decodeDesignFragment } from '../src/design/link-codec';
import { DRAFT_KEY } from '../src/persistence/draft-store';
import {
  HOSTILE_FAMILIES,
  familyCases,
  linkOfJson,
  type HostileCase,
  type HostileFamily,
} from '../src/test-support/hostile-links';
import { stepsBetween } from './pages/steps';
import { WizardPage } from './pages/wizard-page';

const PER_FAMILY = 2;

/** Links that once threw or wrote something unreadable (see the unit regression tests). */
const REGRESSIONS: HostileCase[] = [
  regression(
    'nesting',
    'arrays nested thousands deep',
    '#d=z1.7cAxDQAgDAAwL5OBFcLBwQkGyLzPxo72x9v3xJgAAEB7CwAAaC8L',
  ),
  regression(
    'codec-version',
    'a document version nested 50,000 deep',
    linkOfJson(`{"version":${'['.repeat(50_000)}1${']'.repeat(50_000)}}`),
  ),
  regression(
    'prototype-key',
    'a key with a line break and a terminal escape',
    linkOfJson('{"physical":{"a\\u001b[2J\\nb":1}}'),
  ),
  regression('codec-version', 'a codec tag of control characters', '#d=%0A%1B%5B2J.abc'),
];

function regression(family: HostileFamily, label: string, link: string): HostileCase {
  return { family, label: `regression: ${label}`, link, json: null };
}

/** The address a hostile link arrives at: its fragment on the wizard's own page. */
function arrivalPath(link: string): string {
  const hash = link.indexOf('#');
  return `/${hash >= 0 ? link.slice(hash) : `#${link}`}`;
}

/**
 * The first links of each family that carry a design the decoder refuses: those must open with a
 * notice. (A link without a design is an ordinary visit, and an accepted one opens its design.)
 */
function refusedSample(): HostileCase[] {
  return HOSTILE_FAMILIES.flatMap((family) =>
    familyCases(family, 60)
      .filter((hostile) => {
        const hash = arrivalPath(hostile.link).slice(2);
        return new URLSearchParams(hash).has(DESIGN_PARAM) && !decodeDesignFragment(hash).ok;
      })
      .slice(0, PER_FAMILY),
  );
}

async function draftDesign(page: Page): Promise<unknown> {
  const text = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
  return text === null ? null : (JSON.parse(text) as { design: unknown }).design;
}

test('hostile links open with a notice and keep the draft, with no page error', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const sample = [...refusedSample(), ...REGRESSIONS];
  expect(sample.length).toBe(HOSTILE_FAMILIES.length * PER_FAMILY + REGRESSIONS.length);

  const wizard = await new WizardPage(page).open();
  for (const title of stepsBetween('Service classes', 'Workload')) await wizard.next(title);
  await wizard.field(/^Virtual machines/).fill('375');
  await expect
    .poll(() => draftDesign(page))
    .toMatchObject({ physical: { workload: { vms: 375 } } });
  const draft = await draftDesign(page);
  await page.close();

  for (const hostile of sample) {
    await test.step(`${hostile.family}: ${hostile.label.slice(0, 80)}`, async () => {
      // A fresh page reads the link on arrival, as a link opened from elsewhere is.
      const visitor = await context.newPage();
      const pageErrors: string[] = [];
      visitor.on('pageerror', (error) => pageErrors.push(String(error)));
      await new WizardPage(visitor).open(arrivalPath(hostile.link));
      await expect(
        visitor.getByRole('alert').filter({ hasText: 'This design link could not be opened' }),
      ).toContainText('Your saved draft is open instead');
      await expect(visitor.getByLabel(/^Virtual machines/)).toHaveValue('375');
      expect(await draftDesign(visitor)).toEqual(draft);
      expect(pageErrors).toEqual([]);
      await visitor.close();
    });
  }
});
