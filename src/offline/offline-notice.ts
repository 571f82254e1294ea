import { readItem, writeItem, type KeyValueStorage } from '../persistence/storage-access';
import type { Notice } from '../store/notice-slice';

/** Set once the wizard has said it works offline, so no later visit says it again. */
export const OFFLINE_SAID_KEY = 'openstack-design-wizard/offline-said';

export const OFFLINE_NOTICE: Notice = {
  id: 'offline',
  tone: 'info',
  title: 'The wizard now works offline.',
  details: [
    'This browser keeps a copy of it: it opens at this address and sizes, prints and saves designs without a network connection.',
    'A newer version is picked up on a later visit; your draft and saved designs stay.',
  ],
};

/**
 * The notice to show, or null when it was said before. It is only said when the browser lets the
 * wizard remember that it was said: without storage it would repeat on every visit.
 */
export function offlineNoticeOnce(storage: KeyValueStorage | null): Notice | null {
  const said = readItem(storage, OFFLINE_SAID_KEY);
  if (!said.ok || said.text !== null) return null;
  return writeItem(storage, OFFLINE_SAID_KEY, new Date().toISOString()).ok ? OFFLINE_NOTICE : null;
}
