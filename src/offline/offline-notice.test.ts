import { describe, expect, it } from 'vitest';
import { fakeStorage } from '../test-support/fake-storage';
import { OFFLINE_NOTICE, OFFLINE_SAID_KEY, offlineNoticeOnce } from './offline-notice';

describe('the offline notice', () => {
  it('is given on the first visit only', () => {
    const storage = fakeStorage();
    expect(offlineNoticeOnce(storage)).toEqual(OFFLINE_NOTICE);
    expect(storage.getItem(OFFLINE_SAID_KEY)).not.toBeNull();
    expect(offlineNoticeOnce(storage)).toBeNull();
    expect(offlineNoticeOnce(storage)).toBeNull();
  });

  it('is never given when the browser cannot remember it was given', () => {
    expect(offlineNoticeOnce(null)).toBeNull();
    const full = fakeStorage();
    full.mode = 'full';
    expect(offlineNoticeOnce(full)).toBeNull();
    const blocked = fakeStorage();
    blocked.mode = 'unavailable';
    expect(offlineNoticeOnce(blocked)).toBeNull();
  });

  it('speaks plainly', () => {
    const words = [OFFLINE_NOTICE.title, ...OFFLINE_NOTICE.details].join(' ');
    expect(words).not.toMatch(/service worker|cache|manifest|PWA|localStorage/i);
  });
});
