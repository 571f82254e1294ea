/** What a person does first on the page: the code they will need next can start loading. */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel', 'focusin'];

/**
 * Runs `run` once, on the first sign that the person is about to use the page, rather than on a
 * timer: loading the later steps' code runs it too, which would hold the main thread while the
 * first step is still being read. Returns a function that stops listening.
 */
export function onFirstIntent(run: () => void): () => void {
  const stop = () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, start, { capture: true });
  };
  function start() {
    stop();
    // After the event is handled, so the person's own input goes first.
    setTimeout(run, 0);
  }
  for (const type of INTENT_EVENTS)
    window.addEventListener(type, start, { capture: true, passive: true });
  return stop;
}
