import { isObject } from '../design/migrations';
import { sameDesignName } from './design-names';
import {
  failure,
  readItem,
  writeItem,
  type KeyValueStorage,
  type PersistenceFailure,
  type StorageFailureReason,
  type WriteResult,
} from './storage-access';

export const SAVED_DESIGNS_KEY = 'openstack-design-wizard/saved-designs';

/** One saved design as stored; `design` stays unchecked until it is opened. */
export type StoredEntry = { name: string; savedAt: string; design: unknown };

/**
 * The stored list, raw: entries that are not even shaped like one are carried along untouched on
 * every write rather than dropped, so a bug elsewhere never costs the user a design.
 */
export type Collection = { entries: unknown[] };

export type CollectionResult =
  { ok: true; collection: Collection } | PersistenceFailure<StorageFailureReason | 'corrupt'>;

export const CORRUPT_COLLECTION =
  'the designs saved in this browser cannot be read; export what you need and delete them all to start over';

export function readCollection(storage: KeyValueStorage | null): CollectionResult {
  const read = readItem(storage, SAVED_DESIGNS_KEY);
  if (!read.ok) return read;
  if (read.text === null) return { ok: true, collection: { entries: [] } };
  let stored: unknown;
  try {
    stored = JSON.parse(read.text);
  } catch {
    return failure('corrupt', CORRUPT_COLLECTION);
  }
  if (!isObject(stored) || !Array.isArray(stored['entries']))
    return failure('corrupt', CORRUPT_COLLECTION);
  return { ok: true, collection: { entries: stored['entries'] } };
}

export function writeCollection(
  storage: KeyValueStorage | null,
  collection: Collection,
): WriteResult {
  return writeItem(storage, SAVED_DESIGNS_KEY, JSON.stringify(collection));
}

export function asEntry(raw: unknown): StoredEntry | null {
  if (!isObject(raw)) return null;
  const { name, savedAt, design } = raw;
  if (typeof name !== 'string' || typeof savedAt !== 'string') return null;
  return { name, savedAt, design };
}

export function findEntry(collection: Collection, name: string): StoredEntry | null {
  for (const raw of collection.entries) {
    const entry = asEntry(raw);
    if (entry && sameDesignName(entry.name, name)) return entry;
  }
  return null;
}

/** The collection with the entry named `name` replaced by `next` (or removed when null). */
export function replaceEntry(
  collection: Collection,
  name: string,
  next: StoredEntry | null,
): Collection {
  const entries = collection.entries.flatMap((raw) => {
    const entry = asEntry(raw);
    if (!entry || !sameDesignName(entry.name, name)) return [raw];
    return next ? [next] : [];
  });
  return { entries };
}

export function withEntry(collection: Collection, entry: StoredEntry): Collection {
  return { entries: [...collection.entries, entry] };
}
