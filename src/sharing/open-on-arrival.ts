import { DESIGN_PARAM, STEP_PARAM, decodeDesignFragment } from '../design/link-codec';
import { loadDraft, setDraftAside, type Draft } from '../persistence/draft-store';
import type { KeyValueStorage } from '../persistence/storage-access';
import { markEntry, rewriteAddress } from '../navigation/step-history';
import { useWizardStore } from '../store/wizard-store';
import { loadDesign } from '../store/load-design';
import { flushDraft } from './autosave';
import { fieldErrorInWords } from './field-error-words';
import { openLink, openStep } from './open-link';

/**
 * Decides what the wizard opens on: a design link in the address; else the book's example, with
 * an offer to resume the draft of an earlier visit. A bad link never costs the draft: the draft
 * (or the example) opens instead, with a notice saying what was wrong with the link.
 */
export function openOnArrival(storage: KeyValueStorage | null, hash: string): void {
  const store = useWizardStore.getState();
  const draft = readDraft(storage);
  markEntry();

  if (hasDesign(hash)) {
    const link = `${window.location.origin}${window.location.pathname}${hash}`;
    if (openLink(decodeDesignFragment(hash), link, draft ? 'draft' : 'example')) return;
    if (draft) {
      loadDesign(draft.design, { keepAsDraft: true, resumesDraft: true });
      openStep(draft.step);
    }
    rewriteAddress();
    return;
  }
  const step = new URLSearchParams(hash.replace(/^#/, '')).get(STEP_PARAM);
  if (step) openStep(step);
  if (draft) store.setResumeOffer(draft);
}

/**
 * A link pasted or followed into this open tab. The design on screen, if it is the person's own
 * work, is saved as the draft first and offered back; the link's design then opens as if it had
 * arrived with a new visit. A link that cannot be read leaves this tab's design as it was.
 */
export function openArrivingLink(storage: KeyValueStorage | null, hash: string): void {
  const store = useWizardStore.getState();
  const ownWork = store.keepAsDraft;
  flushDraft();
  const link = `${window.location.origin}${window.location.pathname}${hash}`;
  const opened = openLink(decodeDesignFragment(hash), link, 'current');
  if (!opened) {
    rewriteAddress();
    return;
  }
  markEntry();
  const loaded = loadDraft(storage);
  if (!ownWork || !loaded.ok || loaded.draft === null) return;
  store.setResumeOffer(loaded.draft, true);
  store.notify({
    id: 'link-arrived',
    tone: 'info',
    title: `The design from the link is open. The design you were working on, “${loaded.draft.design.name}”, is kept as your draft: resume it from the offer on this page.`,
    details: [],
  });
}

export function hasDesign(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has(DESIGN_PARAM);
}

/** The draft of an earlier visit; one that cannot be read is set aside, with a notice. */
function readDraft(storage: KeyValueStorage | null): Draft | null {
  const loaded = loadDraft(storage);
  if (loaded.ok) return loaded.draft;
  if (loaded.reason !== 'unavailable') {
    const aside = setDraftAside(storage);
    useWizardStore.getState().notify({
      id: 'bad-draft',
      tone: 'error',
      title: `The draft of your last visit could not be resumed: ${loaded.message}. ${aside.ok ? 'It has been set aside, so it will not be offered again;' : 'It could not be set aside;'} the book's example is open.`,
      details: loaded.errors.map(fieldErrorInWords),
    });
  }
  return null;
}

export { openStep };
