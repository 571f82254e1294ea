import type { DecodeResult } from '../design/link-codec';
import { STEPS, isStepId, stepIndex, type StepId } from '../steps/step-registry';
import { stepOfPath } from '../steps/step-of-path';
import { useWizardStore } from '../store/wizard-store';
import { loadDesign } from '../store/load-design';
import { rememberBrokenLink } from './broken-link';
import { fieldErrorInWords } from './field-error-words';

/** What stays on screen when a link cannot be opened: the draft, the example, or this tab's design. */
export type Fallback = 'draft' | 'example' | 'current';

const FALLBACK_TEXT: Record<Fallback, string> = {
  draft: 'Your saved draft is open instead',
  example: "The book's example is open instead",
  current: 'The design you had open stays open',
};

/**
 * Opens what a link holds. A design that sizes opens as it is; one that is valid in shape but
 * cannot be sized opens too, on the step of the first field that stops it, with those fields
 * marked and a notice, while the figures stay those of the design that was open. A link that
 * cannot be read leaves the design alone and says what happened to it, showing the link.
 * Returns whether the link's design is now on screen.
 */
export function openLink(decoded: DecodeResult, link: string, fallback: Fallback): boolean {
  const store = useWizardStore.getState();
  if (!decoded.ok) {
    rememberBrokenLink(link);
    store.notify({
      id: 'bad-link',
      tone: 'error',
      title: `This design link could not be opened. ${FALLBACK_TEXT[fallback]}; nothing was overwritten.`,
      details: decoded.errors.map(fieldErrorInWords),
    });
    return false;
  }
  store.dismiss('bad-link');
  const errors = loadDesign(decoded.design, { keepAsDraft: false });
  if (errors.length === 0) {
    store.dismiss('unsized-link');
    openStep(decoded.step);
    return true;
  }
  store.openUnsized(decoded.design, errors);
  const first = errors.map((e) => stepOfPath(e.path)).find((step) => step !== null);
  openStep(first ?? decoded.step);
  store.notify({
    id: 'unsized-link',
    tone: 'error',
    title:
      'This design link opened, but its design cannot be sized as it stands. The fields that stop it are marked; until they are fixed, the figures are those of the design that was open before.',
    details: errors.map(fieldErrorInWords),
  });
  return true;
}

/** Opens on `step` with every step before it reachable, as if walked to. */
export function openStep(step: string | null): void {
  const id: StepId = step !== null && isStepId(step) ? step : STEPS[0].id;
  const upTo = STEPS.slice(0, stepIndex(id) + 1).map((s) => s.id);
  useWizardStore.setState({ step: id, visited: upTo });
}
