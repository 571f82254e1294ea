import { saveDraft } from '../persistence/draft-store';
import type { KeyValueStorage } from '../persistence/storage-access';
import { useWizardStore } from '../store/wizard-store';

const SAVE_DELAY_MS = 400;

/**
 * Keeps the user's own design as the draft, once typing pauses. Storage trouble is told once and
 * the wizard keeps working; the link and the file export still keep the work.
 */
export function autosaveDrafts(storage: KeyValueStorage | null, now: () => Date): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  const save = () => {
    const { design, step, keepAsDraft, notify } = useWizardStore.getState();
    if (!keepAsDraft) return;
    const result = saveDraft(storage, { design, step, savedAt: now().toISOString() });
    if (!result.ok && !warned) {
      warned = true;
      notify({
        id: 'draft-storage',
        tone: 'error',
        title: `Your draft is not being saved: ${result.message}.`,
        details: [],
      });
    }
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
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  const flush = () => {
    clearTimeout(timer);
    save();
  };
  window.addEventListener('pagehide', flush);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('pagehide', flush);
  };
}
