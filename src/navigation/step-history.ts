import { FIRST_STEP, isStepId, type StepId } from '../steps/step-registry';
import { useWizardStore } from '../store/wizard-store';

/**
 * Each step is a browser history entry, so Back and Forward move between steps; the design is
 * not part of that history, so going back never undoes an edit.
 */
const STEP_PARAM = 's';

export function stepFromHash(hash: string): StepId | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(STEP_PARAM);
  return value && isStepId(value) ? value : null;
}

export function hashWithStep(hash: string, step: StepId): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.set(STEP_PARAM, step);
  return `#${params.toString()}`;
}

export function goToStep(step: StepId): void {
  const state = useWizardStore.getState();
  if (state.step === step) return;
  state.goTo(step);
  window.history.pushState({ step }, '', hashWithStep(window.location.hash, step));
  focusStepHeading();
}

/** Moves focus to the new step's heading so keyboard and screen-reader users land on it. */
function focusStepHeading(): void {
  requestAnimationFrame(() => document.getElementById('step-title')?.focus());
}

export function listenToHistory(): () => void {
  const onPop = () => {
    const step = stepFromHash(window.location.hash) ?? FIRST_STEP;
    useWizardStore.getState().goTo(step);
    focusStepHeading();
  };
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}

export function initialStep(): StepId | null {
  return stepFromHash(window.location.hash);
}
