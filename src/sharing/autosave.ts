import { DRAFT_KEY } from '../persistence/draft-keys';
import type { KeyValueStorage } from '../persistence/storage-access';
import { useWizardStore } from '../store/wizard-store';

const SAVE_DELAY_MS = 400;

/** Saves what is pending at once; a no-op until autosave has started. */
let flushPending: () => void = () => undefined;

/** Writes the pending draft now: before another design takes the screen, the last edits are kept. */
export function flushDraft(): void {
  flushPending();
}

/**
 * Keeps the user's own design as the draft, once typing pauses (see `draftSaver`). The saving
 * code, with the document checks it needs, loads with the first edit rather than with the page:
 * an edit has loaded the checks already, and a visit that only reads never needs them.
 */
export function autosaveDrafts(storage: KeyValueStorage | null, now: () => Date): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let saver: (() => void) | null = null;
  let loading: Promise<void> | null = null;
  const loadSaver = () => {
    loading ??= import('./draft-saver').then(({ draftSaver }) => {
      saver = draftSaver(storage, now);
    });
    return loading;
  };
  const save = () => {
    clearTimeout(timer);
    if (saver === null) {
      void loadSaver().then(save);
      return;
    }
    pending = false;
    saver();
  };
  const unsubscribe = useWizardStore.subscribe((state, previous) => {
    if (!state.keepAsDraft) return;
    if (
      state.design === previous.design &&
      state.step === previous.step &&
      state.keepAsDraft === previous.keepAsDraft
    )
      return;
    clearTimeout(timer);
    pending = true;
    void loadSaver();
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  // Only edits not yet written are saved when leaving: a tab closed untouched writes nothing.
  // Leaving cannot wait for code to load; the saver loads with the edit, 400 ms before it is due.
  const savePending = () => {
    if (pending && saver !== null) save();
  };
  // Another tab saved its draft: this tab's next save keeps that one first, and says so now.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== DRAFT_KEY || event.newValue === null) return;
    const { setDraftIsOurs, notify } = useWizardStore.getState();
    setDraftIsOurs(false);
    notify({
      id: 'draft-other-tab',
      tone: 'info',
      title:
        'Another tab of the wizard has just saved its draft. Your next edit here keeps that draft among the saved designs before saving this one, so neither is lost.',
      details: [],
    });
  };
  flushPending = savePending;
  window.addEventListener('pagehide', savePending);
  window.addEventListener('storage', onStorage);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    flushPending = () => undefined;
    window.removeEventListener('pagehide', savePending);
    window.removeEventListener('storage', onStorage);
  };
}
