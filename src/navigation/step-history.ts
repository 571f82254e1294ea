import { encodeDesignFragment, STEP_PARAM } from '../design/link-codec';
import { FIRST_STEP, isStepId, type StepId } from '../steps/step-registry';
import { useWizardStore } from '../store/wizard-store';

/**
 * Each step is a browser history entry, so Back and Forward move between steps. The design in
 * an older entry's address is never reloaded: going back changes the step, not the design.
 */
export function stepFromHash(hash: string): StepId | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(STEP_PARAM);
  return value && isStepId(value) ? value : null;
}

function currentFragment(): string {
  const { design, step } = useWizardStore.getState();
  return encodeDesignFragment(design, step);
}

export function goToStep(step: StepId): void {
  const state = useWizardStore.getState();
  if (state.step === step) return;
  state.goTo(step);
  window.history.pushState(null, '', currentFragment());
  focusStepHeading();
}

/** Moves focus to the new step's heading so keyboard and screen-reader users land on it. */
function focusStepHeading(): void {
  requestAnimationFrame(() => document.getElementById('step-title')?.focus());
}

const ADDRESS_DELAY_MS = 300;

/**
 * Keeps the address bar on the current design: replaced, not pushed, and only once typing
 * pauses, so a reload reopens everything and Back is not flooded with edits.
 */
export function followInAddressBar(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useWizardStore.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    clearTimeout(timer);
    timer = setTimeout(
      () => window.history.replaceState(null, '', currentFragment()),
      ADDRESS_DELAY_MS,
    );
  });
  const onPop = () => {
    clearTimeout(timer);
    useWizardStore.getState().goTo(stepFromHash(window.location.hash) ?? FIRST_STEP);
    window.history.replaceState(null, '', currentFragment());
    focusStepHeading();
  };
  window.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
