import { expect, type Page } from '@playwright/test';
import { DRAFT_KEY } from '../../src/persistence/draft-store';

/** Waits until the draft kept in this browser holds `vms` virtual machines (drafts are written once typing pauses). */
export async function expectDraftWithVms(page: Page, vms: number): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate((key) => {
        const text = window.localStorage.getItem(key);
        if (text === null) return null;
        const stored = JSON.parse(text) as {
          design?: { physical?: { workload?: { vms?: number } } };
        };
        return stored.design?.physical?.workload?.vms ?? null;
      }, DRAFT_KEY),
    )
    .toBe(vms);
}
