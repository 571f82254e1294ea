import type { KeyValueStorage } from '../persistence/storage-access';

export type FakeStorageMode = 'ok' | 'full' | 'unavailable';

/**
 * An in-memory `localStorage` that can be switched to fail the way browsers do: a full store
 * throws QuotaExceededError on writes, a blocked one throws SecurityError on every call.
 */
export type FakeStorage = KeyValueStorage & {
  items: Map<string, string>;
  mode: FakeStorageMode;
  /** Total characters the store holds before it reports itself full. */
  quotaChars: number;
};

export function fakeStorage(initial: Record<string, string> = {}): FakeStorage {
  const items = new Map(Object.entries(initial));
  const storage: FakeStorage = {
    items,
    mode: 'ok',
    quotaChars: Number.POSITIVE_INFINITY,
    getItem(key) {
      refuseIfBlocked(storage);
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      refuseIfBlocked(storage);
      const others = [...items].reduce((n, [k, v]) => (k === key ? n : n + k.length + v.length), 0);
      if (storage.mode === 'full' || others + key.length + value.length > storage.quotaChars)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem(key) {
      refuseIfBlocked(storage);
      items.delete(key);
    },
  };
  return storage;
}

function refuseIfBlocked(storage: FakeStorage): void {
  if (storage.mode === 'unavailable')
    throw new DOMException('The operation is insecure.', 'SecurityError');
}
