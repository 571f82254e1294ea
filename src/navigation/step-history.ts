import { STEP_PARAM } from '../design/link-params';
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

/**
 * The address for the current design and step. The link codec (and its compression) loads on the
 * first move, not with the first step: the first screen needs no link written.
 */
async function currentFragment(): Promise<string> {
  const { encodeDesignFragment } = await import('../design/link-codec');
  const { design, step } = useWizardStore.getState();
  return encodeDesignFragment(design, step);
}

/** History entries are written in the order the moves were made, each once its link is ready. */
let writes: Promise<void> = Promise.resolve();

function writeAddress(how: 'push' | 'replace'): void {
  writes = writes
    .then(currentFragment)
    .then((fragment) =>
      how === 'push'
        ? window.history.pushState(null, '', fragment)
        : window.history.replaceState(null, '', fragment),
    )
    .catch(() => undefined);
}

export function goToStep(step: StepId): void {
  const state = useWizardStore.getState();
  if (state.step === step) return;
  state.goTo(step);
  writeAddress('push');
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
    timer = setTimeout(() => writeAddress('replace'), ADDRESS_DELAY_MS);
  });
  const onPop = () => {
    clearTimeout(timer);
    useWizardStore.getState().goTo(stepFromHash(window.location.hash) ?? FIRST_STEP);
    writeAddress('replace');
    focusStepHeading();
  };
  window.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
