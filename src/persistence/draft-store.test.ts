import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../design/default-design';
import { designWith } from '../test-support/design-builders';
import { fakeStorage } from '../test-support/fake-storage';
import {
  clearDraft,
  DRAFT_ASIDE_KEY,
  DRAFT_KEY,
  loadDraft,
  saveDraft,
  setDraftAside,
} from './draft-store';

const SAVED_AT = '2026-03-01T09:30:00.000Z';
const design = designWith({ name: 'Lab', physical: { workload: { vms: 375 } } });

describe('draft autosave', () => {
  it('finds no draft on a first visit', () => {
    expect(loadDraft(fakeStorage())).toEqual({ ok: true, draft: null });
  });

  it('resumes the saved draft, step and time included', () => {
    const storage = fakeStorage();
    expect(saveDraft(storage, { design, step: 'physical-cpu', savedAt: SAVED_AT })).toEqual({
      ok: true,
    });
    expect(loadDraft(storage)).toEqual({
      ok: true,
      draft: { design, step: 'physical-cpu', savedAt: SAVED_AT },
    });
  });

  it('starts fresh after clearing', () => {
    const storage = fakeStorage();
    saveDraft(storage, { design, step: null, savedAt: SAVED_AT });
    expect(clearDraft(storage)).toEqual({ ok: true });
    expect(loadDraft(storage)).toEqual({ ok: true, draft: null });
  });

  it.each([
    ['text that is not JSON', '{"design": '],
    ['JSON of the wrong shape', '[1, 2, 3]'],
    ['a draft without its time', JSON.stringify({ design: DEFAULT_DESIGN })],
  ])('reports %s as corrupt', (_name, text) => {
    expect(loadDraft(fakeStorage({ [DRAFT_KEY]: text }))).toMatchObject({
      ok: false,
      reason: 'corrupt',
      message: expect.stringContaining('damaged'),
    });
  });

  it('validates the stored design and names the broken field', () => {
    const stored = { savedAt: SAVED_AT, step: null, design: { logical: { controllers: 0 } } };
    expect(loadDraft(fakeStorage({ [DRAFT_KEY]: JSON.stringify(stored) }))).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [{ path: 'logical.controllers', message: 'must be a whole number ≥ 1' }],
    });
    const newer = { ...stored, design: { version: 5 } };
    expect(loadDraft(fakeStorage({ [DRAFT_KEY]: JSON.stringify(newer) }))).toMatchObject({
      ok: false,
      reason: 'too-new',
    });
  });

  it('migrates a draft kept by an older version', () => {
    const old = { savedAt: SAVED_AT, design: { version: 0, physical: { workload: { vms: 9 } } } };
    const loaded = loadDraft(fakeStorage({ [DRAFT_KEY]: JSON.stringify(old) }));
    expect(loaded.ok && loaded.draft?.design.physical.workload.vms).toBe(9);
    expect(loaded.ok && loaded.draft?.step).toBeNull();
  });

  it('drops a stored step that is not a step id', () => {
    const stored = { savedAt: SAVED_AT, step: '<img src=x>', design: DEFAULT_DESIGN };
    const loaded = loadDraft(fakeStorage({ [DRAFT_KEY]: JSON.stringify(stored) }));
    expect(loaded.ok && loaded.draft?.step).toBeNull();
  });

  it('reports a full store and keeps the previous draft', () => {
    const storage = fakeStorage();
    saveDraft(storage, { design: DEFAULT_DESIGN, step: null, savedAt: SAVED_AT });
    storage.mode = 'full';
    expect(saveDraft(storage, { design, step: null, savedAt: SAVED_AT })).toMatchObject({
      ok: false,
      reason: 'full',
      message: expect.stringContaining('full'),
    });
    const loaded = loadDraft(storage);
    expect(loaded.ok && loaded.draft?.design).toEqual(DEFAULT_DESIGN);
  });

  it('reports blocked storage on every call', () => {
    const storage = fakeStorage();
    storage.mode = 'unavailable';
    expect(saveDraft(storage, { design, step: null, savedAt: SAVED_AT })).toMatchObject({
      reason: 'unavailable',
    });
    expect(loadDraft(storage)).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(clearDraft(storage)).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(loadDraft(null)).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('sets a damaged draft aside: the next visit finds none, and its text is still kept', () => {
    const storage = fakeStorage({ [DRAFT_KEY]: '{"design": ' });
    expect(setDraftAside(storage)).toEqual({ ok: true });
    expect(loadDraft(storage)).toEqual({ ok: true, draft: null });
    expect(storage.getItem(DRAFT_ASIDE_KEY)).toBe('{"design": ');
  });
});
