import { DESIGN_PARAM, STEP_PARAM } from '../design/link-params';
import { browserStorage } from '../persistence/storage-access';
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
  const { encodeDesignFragment } = await import('../design/link-encode');
  const { design, step } = useWizardStore.getState();
  return encodeDesignFragment(design, step);
}

/**
 * The state of every history entry the wizard writes. An entry without it was made by the
 * browser: a link pasted into the address bar or followed into this tab, to be opened.
 */
const WIZARD_ENTRY = { wizard: 1 } as const;

function isWizardEntry(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'wizard' in state;
}

/** Claims the current entry (the address as it is) for the wizard. */
export function markEntry(): void {
  window.history.replaceState(WIZARD_ENTRY, '', window.location.href);
}

/** History entries are written in the order the moves were made, each once its link is ready. */
let writes: Promise<void> = Promise.resolve();

function writeAddress(how: 'push' | 'replace'): void {
  writes = writes
    .then(currentFragment)
    .then((fragment) =>
      how === 'push'
        ? window.history.pushState(WIZARD_ENTRY, '', fragment)
        : window.history.replaceState(WIZARD_ENTRY, '', fragment),
    )
    .catch(() => undefined);
}

/** Puts the current design and step in the address, in place of whatever is there. */
export function rewriteAddress(): void {
  writeAddress('replace');
}

/**
 * The entry for a step is pushed at once, with the step in the address as it stands, and gets
 * the design's link once that is written: a Back pressed straight after a move must find it.
 */
export function goToStep(step: StepId): void {
  const state = useWizardStore.getState();
  if (state.step === step) return;
  state.goTo(step);
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  params.set(STEP_PARAM, step);
  window.history.pushState(WIZARD_ENTRY, '', `#${params.toString()}`);
  writeAddress('replace');
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
  const onPop = (event: PopStateEvent) => {
    clearTimeout(timer);
    const { hash } = window.location;
    if (!isWizardEntry(event.state) && new URLSearchParams(hash.slice(1)).has(DESIGN_PARAM)) {
      void openPastedLink(hash);
      return;
    }
    useWizardStore.getState().goTo(stepFromHash(hash) ?? FIRST_STEP);
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

/** A link that arrived in this open tab opens its design; the code for it loads on first use. */
async function openPastedLink(hash: string): Promise<void> {
  const { openArrivingLink } = await import('../sharing/open-on-arrival');
  openArrivingLink(browserStorage(), hash);
  focusStepHeading();
}
