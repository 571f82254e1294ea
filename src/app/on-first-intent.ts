/** What a person does first on the page: the code they will need next can start loading. */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel', 'focusin'];

let intended = false;
const waiting = new Set<() => void>();

function noticeIntent(): void {
  intended = true;
  for (const type of INTENT_EVENTS) window.removeEventListener(type, noticeIntent, true);
  const runs = [...waiting];
  waiting.clear();
  // After the event is handled, so the person's own input goes first.
  setTimeout(() => {
    for (const run of runs) run();
  }, 0);
}

// Listened for from the first script on, so a caller that starts listening later (a part of the
// page that loads after the person has already moved) still learns of it.
if (typeof window !== 'undefined')
  for (const type of INTENT_EVENTS)
    window.addEventListener(type, noticeIntent, { capture: true, passive: true });

/**
 * Runs `run` once, on the first sign that the person is about to use the page (at once, after
 * the current event, if they already have), rather than on a timer: loading the later steps' code
 * runs it too, which would hold the main thread while the first step is still being read.
 * Returns a function that cancels it.
 */
export function onFirstIntent(run: () => void): () => void {
  if (intended) {
    const id = setTimeout(run, 0);
    return () => clearTimeout(id);
  }
  waiting.add(run);
  return () => waiting.delete(run);
}
