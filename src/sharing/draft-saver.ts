import { saveDraft } from '../persistence/draft-store';
import { keepDraftAside } from '../persistence/keep-draft';
import type { KeyValueStorage } from '../persistence/storage-access';
import { useWizardStore } from '../store/wizard-store';

/**
 * Writes the design on screen as the draft, if it is the person's own work. A draft this design
 * did not come from (another design's, or one another tab saved) is first kept among the saved
 * designs, so no draft is ever written over unseen. Storage trouble is told once and the wizard
 * keeps working; the link and the file export still keep the work.
 */
export function draftSaver(storage: KeyValueStorage | null, now: () => Date): () => void {
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
  return () => {
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
}
