import {
  DESIGN_PARAM,
  STEP_PARAM,
  decodeDesignFragment,
  encodeDesignFragment,
} from '../design/link-codec';
import { formatFieldError } from '../design/field-error';
import { loadDraft, type Draft } from '../persistence/draft-store';
import type { KeyValueStorage } from '../persistence/storage-access';
import { STEPS, isStepId, stepIndex, type StepId } from '../steps/step-registry';
import { useWizardStore } from '../store/wizard-store';
import { rememberBrokenLink } from './broken-link';

/**
 * Decides what the wizard opens on: a design link in the address; else the book's example, with
 * an offer to resume the draft of an earlier visit. A bad link never costs the draft: the draft
 * (or the example) opens instead, with a notice saying what was wrong with the link.
 */
export function openOnArrival(storage: KeyValueStorage | null, hash: string): void {
  const store = useWizardStore.getState();
  const hasLink = new URLSearchParams(hash.replace(/^#/, '')).has(DESIGN_PARAM);
  const draft = readDraft(storage);

  if (hasLink) {
    const decoded = decodeDesignFragment(hash);
    if (decoded.ok) {
      store.loadDesign(decoded.design, { keepAsDraft: false });
      openStep(decoded.step);
      return;
    }
    rememberBrokenLink(`${window.location.origin}${window.location.pathname}${hash}`);
    store.notify({
      id: 'bad-link',
      tone: 'error',
      title: `This design link could not be opened. ${draft ? 'Your saved draft is open instead' : "The book's example is open instead"}; nothing was overwritten.`,
      details: decoded.errors.map(formatFieldError),
    });
    if (draft) {
      store.loadDesign(draft.design, { keepAsDraft: true });
      openStep(draft.step);
    }
    window.history.replaceState(
      null,
      '',
      encodeDesignFragment(useWizardStore.getState().design, useWizardStore.getState().step),
    );
    return;
  }
  const step = new URLSearchParams(hash.replace(/^#/, '')).get(STEP_PARAM);
  if (step) openStep(step);
  if (draft) store.setResumeOffer(draft);
}

function readDraft(storage: KeyValueStorage | null): Draft | null {
  const loaded = loadDraft(storage);
  if (loaded.ok) return loaded.draft;
  if (loaded.reason !== 'unavailable') {
    useWizardStore.getState().notify({
      id: 'bad-draft',
      tone: 'error',
      title: `The draft of your last visit could not be resumed: ${loaded.message}.`,
      details: loaded.errors.map(formatFieldError),
    });
  }
  return null;
}

/** Opens on `step` with every step before it reachable, as if walked to. */
export function openStep(step: string | null): void {
  const id: StepId = step !== null && isStepId(step) ? step : STEPS[0].id;
  const upTo = STEPS.slice(0, stepIndex(id) + 1).map((s) => s.id);
  useWizardStore.setState({ step: id, visited: upTo });
}
