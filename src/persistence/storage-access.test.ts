import { describe, expect, it } from 'vitest';
import { fakeStorage } from '../test-support/fake-storage';
import {
  browserStorage,
  readItem,
  removeItem,
  writeItem,
  type KeyValueStorage,
} from './storage-access';

function throwing(error: unknown): KeyValueStorage {
  const fail = () => {
    throw error;
  };
  return { getItem: fail, setItem: fail, removeItem: fail };
}

describe('storage access', () => {
  it('reads, writes and removes', () => {
    const storage = fakeStorage();
    expect(writeItem(storage, 'k', 'v')).toEqual({ ok: true });
    expect(readItem(storage, 'k')).toEqual({ ok: true, text: 'v' });
    expect(removeItem(storage, 'k')).toEqual({ ok: true });
    expect(readItem(storage, 'k')).toEqual({ ok: true, text: null });
  });

  it.each<[string, unknown, string]>([
    ['QuotaExceededError', new DOMException('quota', 'QuotaExceededError'), 'full'],
    ['old Firefox quota error', { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }, 'full'],
    ['legacy quota code 22', { name: 'Error', code: 22 }, 'full'],
    ['SecurityError', new DOMException('insecure', 'SecurityError'), 'unavailable'],
    ['anything else', new Error('disk on fire'), 'failed'],
    ['a thrown string', 'nope', 'failed'],
  ])('reports %s without throwing', (_name, error, reason) => {
    const storage = throwing(error);
    for (const result of [
      writeItem(storage, 'k', 'v'),
      readItem(storage, 'k'),
      removeItem(storage, 'k'),
    ]) {
      expect(result).toMatchObject({ ok: false, reason, message: expect.any(String) });
    }
  });

  it('says why a write failed in words', () => {
    expect(writeItem(throwing(new Error('disk on fire')), 'k', 'v')).toMatchObject({
      message: expect.stringContaining('disk on fire'),
    });
  });

  it('treats missing storage as unavailable', () => {
    expect(writeItem(null, 'k', 'v')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(readItem(null, 'k')).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('finds no browser storage outside a browser, without throwing', () => {
    expect(() => browserStorage()).not.toThrow();
  });
});
