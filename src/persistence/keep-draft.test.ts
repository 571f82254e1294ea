import { describe, expect, it } from 'vitest';
import { designWith } from '../test-support/design-builders';
import { saveDraft } from './draft-store';
import { keepDraftAside } from './keep-draft';
import { listSavedDesigns, openSavedDesign } from './saved-designs';
import { fakeStorage } from '../test-support/fake-storage';

const mine = designWith({ name: 'Prod east', physical: { workload: { vms: 375 } } });
const theirs = designWith({ name: 'From a link', physical: { workload: { vms: 1200 } } });

describe('keeping a draft before another design takes its place', () => {
  it('keeps the stored draft among the saved designs under its name and time', () => {
    const storage = fakeStorage();
    saveDraft(storage, { design: mine, step: 'workload', savedAt: '2026-12-04T09:15:42.000Z' });
    const kept = keepDraftAside(storage, theirs, '2026-12-04T10:00:00.000Z');
    expect(kept).toEqual({ ok: true, name: 'Prod east — draft of 2026-12-04 09:15 UTC' });
    const opened = openSavedDesign(storage, 'Prod east — draft of 2026-12-04 09:15 UTC');
    expect(opened.ok && opened.saved.design.physical.workload.vms).toBe(375);
  });

  it('keeps nothing when there is no draft, or when the draft already is the next design', () => {
    const storage = fakeStorage();
    expect(keepDraftAside(storage, theirs, '2026-12-04T10:00:00.000Z')).toEqual({
      ok: true,
      name: null,
    });
    saveDraft(storage, { design: theirs, step: null, savedAt: '2026-12-04T09:00:00.000Z' });
    expect(keepDraftAside(storage, theirs, '2026-12-04T10:00:00.000Z')).toEqual({
      ok: true,
      name: null,
    });
    const list = listSavedDesigns(storage);
    expect(list.ok && list.designs).toEqual([]);
  });

  it('the same draft kept twice in a minute is one saved design, not two', () => {
    const storage = fakeStorage();
    saveDraft(storage, { design: mine, step: null, savedAt: '2026-12-04T09:15:01.000Z' });
    keepDraftAside(storage, theirs, '2026-12-04T10:00:00.000Z');
    keepDraftAside(storage, theirs, '2026-12-04T10:00:30.000Z');
    const list = listSavedDesigns(storage);
    expect(list.ok && list.designs.map((d) => d.name)).toEqual([
      'Prod east — draft of 2026-12-04 09:15 UTC',
    ]);
  });
});
