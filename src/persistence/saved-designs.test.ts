import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../design/default-design';
import { designWith } from '../test-support/design-builders';
import { fakeStorage } from '../test-support/fake-storage';
import { SAVED_DESIGNS_KEY } from './saved-collection';
import {
  deleteAllSavedDesigns,
  deleteSavedDesign,
  duplicateSavedDesign,
  listSavedDesigns,
  openSavedDesign,
  renameSavedDesign,
  saveDesign,
} from './saved-designs';

const MONDAY = '2026-03-02T08:00:00.000Z';
const TUESDAY = '2026-03-03T08:00:00.000Z';
const small = designWith({ physical: { workload: { vms: 50 } } });

function names(storage: ReturnType<typeof fakeStorage>) {
  const listed = listSavedDesigns(storage);
  return listed.ok ? listed.designs.map((d) => d.name) : listed.reason;
}

describe('saved designs', () => {
  it('saves under a trimmed name, lists most recent first, and opens', () => {
    const storage = fakeStorage();
    expect(saveDesign(storage, '  Book  ', DEFAULT_DESIGN, MONDAY)).toEqual({
      ok: true,
      name: 'Book',
    });
    expect(saveDesign(storage, 'Small lab', small, TUESDAY)).toMatchObject({ ok: true });
    expect(listSavedDesigns(storage)).toEqual({
      ok: true,
      unreadable: 0,
      designs: [
        { name: 'Small lab', savedAt: TUESDAY },
        { name: 'Book', savedAt: MONDAY },
      ],
    });
    expect(openSavedDesign(storage, 'small lab')).toEqual({
      ok: true,
      saved: { name: 'Small lab', savedAt: TUESDAY, design: small },
    });
  });

  it.each([
    ['', /needs a name/],
    ['   ', /needs a name/],
    ['x'.repeat(121), /at most 120/],
    ['tab\there', /control characters/],
  ])('refuses the name %j', (name, message) => {
    expect(saveDesign(fakeStorage(), name, DEFAULT_DESIGN, MONDAY)).toMatchObject({
      ok: false,
      reason: 'bad-name',
      message: expect.stringMatching(message),
    });
  });

  it('keeps names unique regardless of case, unless told to replace', () => {
    const storage = fakeStorage();
    saveDesign(storage, 'Prod', DEFAULT_DESIGN, MONDAY);
    expect(saveDesign(storage, 'PROD', small, TUESDAY)).toMatchObject({
      ok: false,
      reason: 'name-taken',
      message: 'a design named "Prod" is already saved',
    });
    expect(saveDesign(storage, 'PROD', small, TUESDAY, { replace: true })).toMatchObject({
      ok: true,
    });
    expect(names(storage)).toEqual(['PROD']);
    expect(openSavedDesign(storage, 'prod')).toMatchObject({ ok: true, saved: { design: small } });
  });

  it('duplicates under a copy name or a given one', () => {
    const storage = fakeStorage();
    saveDesign(storage, 'Prod', small, MONDAY);
    expect(duplicateSavedDesign(storage, 'Prod', TUESDAY)).toEqual({
      ok: true,
      name: 'Prod (copy)',
    });
    expect(duplicateSavedDesign(storage, 'Prod', TUESDAY)).toEqual({
      ok: true,
      name: 'Prod (copy 2)',
    });
    expect(duplicateSavedDesign(storage, 'Prod', TUESDAY, 'Staging')).toMatchObject({ ok: true });
    expect(duplicateSavedDesign(storage, 'Prod', TUESDAY, 'staging')).toMatchObject({
      reason: 'name-taken',
    });
    expect(openSavedDesign(storage, 'Staging')).toEqual({
      ok: true,
      saved: { name: 'Staging', savedAt: TUESDAY, design: small },
    });
  });

  it('a copy of a name at the length limit still fits', () => {
    const storage = fakeStorage();
    saveDesign(storage, 'n'.repeat(120), small, MONDAY);
    const copy = duplicateSavedDesign(storage, 'n'.repeat(120), TUESDAY);
    expect(copy.ok && copy.name).toBe(`${'n'.repeat(113)} (copy)`);
  });

  it('renames, keeping the saved-at time, and refuses a name in use', () => {
    const storage = fakeStorage();
    saveDesign(storage, 'Prod', small, MONDAY);
    saveDesign(storage, 'Lab', DEFAULT_DESIGN, TUESDAY);
    expect(renameSavedDesign(storage, 'Prod', 'lab')).toMatchObject({ reason: 'name-taken' });
    expect(renameSavedDesign(storage, 'Prod', 'prod')).toEqual({ ok: true, name: 'prod' });
    expect(renameSavedDesign(storage, 'prod', 'Production')).toMatchObject({ ok: true });
    expect(openSavedDesign(storage, 'Production')).toEqual({
      ok: true,
      saved: { name: 'Production', savedAt: MONDAY, design: small },
    });
    expect(renameSavedDesign(storage, 'Gone', 'Other')).toMatchObject({ reason: 'not-found' });
  });

  it('deletes', () => {
    const storage = fakeStorage();
    saveDesign(storage, 'Prod', small, MONDAY);
    saveDesign(storage, 'Lab', small, MONDAY);
    expect(deleteSavedDesign(storage, 'prod')).toEqual({ ok: true, name: 'Prod' });
    expect(names(storage)).toEqual(['Lab']);
    expect(deleteSavedDesign(storage, 'Prod')).toMatchObject({
      ok: false,
      reason: 'not-found',
      message: 'there is no saved design named "Prod"',
    });
  });

  it('validates a design when it is opened, migrating old ones', () => {
    const entries = [
      { name: 'Old', savedAt: MONDAY, design: { version: 0, physical: { workload: { vms: 7 } } } },
      { name: 'Broken', savedAt: MONDAY, design: { physical: { cpu: { ghzPerCore: 0 } } } },
      { name: 'Future', savedAt: MONDAY, design: { version: 9 } },
    ];
    const storage = fakeStorage({ [SAVED_DESIGNS_KEY]: JSON.stringify({ entries }) });
    const old = openSavedDesign(storage, 'Old');
    expect(old.ok && old.saved.design.physical.workload.vms).toBe(7);
    expect(openSavedDesign(storage, 'Broken')).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [{ path: 'physical.cpu.ghzPerCore', message: 'must be a number ≥ 0.1' }],
    });
    expect(openSavedDesign(storage, 'Future')).toMatchObject({ ok: false, reason: 'too-new' });
  });

  it('keeps entries it cannot read, and counts them', () => {
    const entries = [{ name: 42 }, 'junk', { name: 'Good', savedAt: MONDAY, design: {} }];
    const storage = fakeStorage({ [SAVED_DESIGNS_KEY]: JSON.stringify({ entries }) });
    expect(listSavedDesigns(storage)).toMatchObject({ ok: true, unreadable: 2 });
    saveDesign(storage, 'New', small, TUESDAY);
    const stored = JSON.parse(storage.items.get(SAVED_DESIGNS_KEY) ?? '{}');
    expect(stored.entries.slice(0, 2)).toEqual([{ name: 42 }, 'junk']);
  });

  it('reports a collection that is not readable at all', () => {
    const storage = fakeStorage({ [SAVED_DESIGNS_KEY]: 'not json' });
    expect(listSavedDesigns(storage)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(saveDesign(storage, 'New', small, MONDAY)).toMatchObject({ reason: 'corrupt' });
    expect(storage.items.get(SAVED_DESIGNS_KEY)).toBe('not json');
    expect(deleteAllSavedDesigns(storage)).toEqual({ ok: true });
    expect(listSavedDesigns(storage)).toEqual({ ok: true, designs: [], unreadable: 0 });
  });

  it('reports a full store and leaves the saved designs as they were', () => {
    const storage = fakeStorage();
    saveDesign(storage, 'Prod', small, MONDAY);
    storage.quotaChars = (storage.items.get(SAVED_DESIGNS_KEY) ?? '').length + 100;
    expect(saveDesign(storage, 'Lab', DEFAULT_DESIGN, TUESDAY)).toMatchObject({
      ok: false,
      reason: 'full',
    });
    expect(duplicateSavedDesign(storage, 'Prod', TUESDAY)).toMatchObject({ reason: 'full' });
    expect(names(storage)).toEqual(['Prod']);
  });

  it('reports storage that is blocked or missing', () => {
    const storage = fakeStorage();
    storage.mode = 'unavailable';
    expect(listSavedDesigns(storage)).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(saveDesign(storage, 'Prod', small, MONDAY)).toMatchObject({ reason: 'unavailable' });
    expect(openSavedDesign(null, 'Prod')).toMatchObject({ reason: 'unavailable' });
  });
});
