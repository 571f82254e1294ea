import { DRAFT_KEY } from '../persistence/draft-keys';
import { browserStorage, type KeyValueStorage } from '../persistence/storage-access';
import { markEntry } from '../navigation/step-history';
import { autosaveDrafts } from '../sharing/autosave';

/**
 * Everything the wizard does before its first render: pick the design, start keeping drafts.
 * An address that names a design or a step is read before the first render, so the wizard opens
 * on it. A bare address renders the example at once; only if this browser keeps a draft does the
 * code that reads and checks it load, just after, to offer it back.
 */
export function startWizard(): Promise<void> {
  const hash = window.location.hash;
  const arrive = async (storage: KeyValueStorage | null, fromHash: string) => {
    const { openOnArrival } = await import('../sharing/open-on-arrival');
    openOnArrival(storage, fromHash);
  };
  const start = () => {
    const storage = browserStorage();
    autosaveDrafts(storage, () => new Date());
    return storage;
  };
  if (hash.replace(/^#/, '') !== '') return arrive(start(), hash);
  // The browser's first look at this site's storage can take tens of milliseconds: done in a
  // task of its own, after the page's code has run.
  setTimeout(() => {
    const storage = start();
    if (keepsDraft(storage)) void arrive(storage, '');
    else markEntry();
  }, 0);
  return Promise.resolve();
}

/** Whether there is a draft to offer or an unreadable one to set aside and tell of. */
function keepsDraft(storage: KeyValueStorage | null): boolean {
  try {
    return storage !== null && storage.getItem(DRAFT_KEY) !== null;
  } catch {
    // Storage that cannot be read is reported by the draft code, which says why.
    return true;
  }
}
