import type { Design } from '../design/design-schema';
import { parseDesign } from '../design/parse-design';
import { copyName, normalizeDesignName, sameDesignName } from './design-names';
import {
  asEntry,
  findEntry,
  readCollection,
  replaceEntry,
  SAVED_DESIGNS_KEY,
  writeCollection,
  withEntry,
  type Collection,
} from './saved-collection';
import {
  failure,
  removeItem,
  type KeyValueStorage,
  type PersistenceFailure,
  type StorageFailureReason,
  type WriteResult,
} from './storage-access';

export type SavedDesignSummary = { name: string; savedAt: string };
export type SavedDesign = SavedDesignSummary & { design: Design };

export type SavedDesignsFailure = PersistenceFailure<
  StorageFailureReason | 'corrupt' | 'not-found' | 'name-taken' | 'bad-name' | 'invalid' | 'too-new'
>;

export type ListResult =
  { ok: true; designs: SavedDesignSummary[]; unreadable: number } | SavedDesignsFailure;
export type NamedResult = { ok: true; name: string } | SavedDesignsFailure;
export type OpenResult = { ok: true; saved: SavedDesign } | SavedDesignsFailure;

/**
 * Most recent first. `savedAt` is whatever ISO 8601 text the caller stamped (there is no clock in
 * here), which sorts by time as text; ties go by name.
 */
export function listSavedDesigns(storage: KeyValueStorage | null): ListResult {
  const read = readCollection(storage);
  if (!read.ok) return read;
  const entries = read.collection.entries.map(asEntry);
  const designs = entries
    .filter((entry) => entry !== null)
    .map(({ name, savedAt }) => ({ name, savedAt }))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.name.localeCompare(b.name));
  return { ok: true, designs, unreadable: entries.length - designs.length };
}

/** Saves under a new name; an existing name is refused unless `replace` says to overwrite it. */
export function saveDesign(
  storage: KeyValueStorage | null,
  name: string,
  design: Design,
  savedAt: string,
  options: { replace?: boolean } = {},
): NamedResult {
  const checked = normalizeDesignName(name);
  if (!checked.ok) return checked;
  return update(storage, (collection) => {
    const entry = { name: checked.name, savedAt, design };
    const existing = findEntry(collection, entry.name);
    if (!existing) return { next: withEntry(collection, entry), name: entry.name };
    if (!options.replace) return nameTaken(existing.name);
    return { next: replaceEntry(collection, existing.name, entry), name: entry.name };
  });
}

/** The saved design, validated and migrated like any document. */
export function openSavedDesign(storage: KeyValueStorage | null, name: string): OpenResult {
  const read = readCollection(storage);
  if (!read.ok) return read;
  const entry = findEntry(read.collection, name);
  if (!entry) return notFound(name);
  const parsed = parseDesign(entry.design);
  if (parsed.ok)
    return { ok: true, saved: { name: entry.name, savedAt: entry.savedAt, design: parsed.design } };
  return parsed.reason === 'too-new'
    ? failure(
        'too-new',
        `"${entry.name}" was saved by a newer release of the wizard`,
        parsed.errors,
      )
    : failure('invalid', `"${entry.name}" is not a valid design any more`, parsed.errors);
}

/** A copy under `newName`, or "Name (copy)" when none is given; the copy is stamped `savedAt`. */
export function duplicateSavedDesign(
  storage: KeyValueStorage | null,
  name: string,
  savedAt: string,
  newName?: string,
): NamedResult {
  return update(storage, (collection) => {
    const source = findEntry(collection, name);
    if (!source) return notFound(name);
    const checked = normalizeDesignName(
      newName ?? copyName(source.name, (candidate) => findEntry(collection, candidate) !== null),
    );
    if (!checked.ok) return checked;
    const existing = findEntry(collection, checked.name);
    if (existing) return nameTaken(existing.name);
    const copy = { ...source, name: checked.name, savedAt };
    return { next: withEntry(collection, copy), name: copy.name };
  });
}

/** Keeps the saved-at time: renaming does not change the design. Case-only renames are allowed. */
export function renameSavedDesign(
  storage: KeyValueStorage | null,
  name: string,
  newName: string,
): NamedResult {
  const checked = normalizeDesignName(newName);
  if (!checked.ok) return checked;
  return update(storage, (collection) => {
    const source = findEntry(collection, name);
    if (!source) return notFound(name);
    const clash = findEntry(collection, checked.name);
    if (clash && !sameDesignName(clash.name, source.name)) return nameTaken(clash.name);
    const renamed = { ...source, name: checked.name };
    return { next: replaceEntry(collection, source.name, renamed), name: renamed.name };
  });
}

export function deleteSavedDesign(storage: KeyValueStorage | null, name: string): NamedResult {
  return update(storage, (collection) => {
    const source = findEntry(collection, name);
    if (!source) return notFound(name);
    return { next: replaceEntry(collection, source.name, null), name: source.name };
  });
}

/** The way out of a 'corrupt' list: forget every saved design in this browser. */
export function deleteAllSavedDesigns(storage: KeyValueStorage | null): WriteResult {
  return removeItem(storage, SAVED_DESIGNS_KEY);
}

type Change = { next: Collection; name: string } | SavedDesignsFailure;

/** Read, change, write back: one key holds the list, so the list and its entries never disagree. */
function update(
  storage: KeyValueStorage | null,
  change: (collection: Collection) => Change,
): NamedResult {
  const read = readCollection(storage);
  if (!read.ok) return read;
  const changed = change(read.collection);
  if ('ok' in changed) return changed;
  const written = writeCollection(storage, changed.next);
  return written.ok ? { ok: true, name: changed.name } : written;
}

function notFound(name: string): SavedDesignsFailure {
  return failure('not-found', `there is no saved design named "${name}"`);
}

function nameTaken(name: string): SavedDesignsFailure {
  return failure('name-taken', `a design named "${name}" is already saved`, [
    { path: 'name', message: 'is already taken' },
  ]);
}
