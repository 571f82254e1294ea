import { DRAFT_KEY, saveDraft } from '../persistence/draft-store';
import { keepDraftAside } from '../persistence/keep-draft';
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
 * Keeps the user's own design as the draft, once typing pauses. A draft this design did not come
 * from (another design's, or one another tab saved) is first kept among the saved designs, so no
 * draft is ever written over unseen. Storage trouble is told once and the wizard keeps working;
 * the link and the file export still keep the work.
 */
export function autosaveDrafts(storage: KeyValueStorage | null, now: () => Date): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let warned = false;
  const warn = (message: string) => {
    if (warned) return;
    warned = true;
    useWizardStore.getState().notify({
      id: 'draft-storage',
      tone: 'error',
      title: `Your draft is not being saved: ${message}.`,
      details: [],
    });
  };
  const save = () => {
    clearTimeout(timer);
    pending = false;
    const { design, step, keepAsDraft, draftIsOurs, notify, setDraftIsOurs } =
      useWizardStore.getState();
    if (!keepAsDraft) return;
    const savedAt = now().toISOString();
    if (!draftIsOurs) {
      const kept = keepDraftAside(storage, design, savedAt);
      // A draft that could not be kept is not written over: the person is told, and it stays.
      if (!kept.ok) return warn(kept.message);
      if (kept.name !== null)
        notify({
          id: 'draft-kept',
          tone: 'info',
          title: `The draft that was kept in this browser is now among the saved designs, as “${kept.name}”.`,
          details: [],
        });
      setDraftIsOurs(true);
    }
    const result = saveDraft(storage, { design, step, savedAt });
    if (!result.ok) warn(result.message);
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
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  // Only edits not yet written are saved when leaving: a tab closed untouched writes nothing.
  const savePending = () => {
    if (pending) save();
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
