import { flushSync } from 'react-dom';
import { useWizardStore } from '../store/wizard-store';
import { onFirstIntent } from '../app/on-first-intent';
import { loadSummary } from './load-summary';

function isPrintShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'p'
  );
}

/**
 * Fetches the summary's code once the person starts using the page (reaching the browser's
 * print command takes a pointer or a key), so a print needs no network.
 */
function preloadOnIntent(): () => void {
  return onFirstIntent(() => void loadSummary().catch(() => undefined));
}

/**
 * Ctrl/Cmd+P prints the summary the way the Print button does: mounted, drawn, then printed.
 * The browser's own print command (its menu) gives no time to wait: `beforeprint` mounts the
 * summary synchronously, which draws everything whose code is already loaded; a chart whose
 * code has not arrived yet prints its caption and numbers table without the drawing.
 */
export function listenForPrint(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isPrintShortcut(event)) return;
    event.preventDefault();
    useWizardStore.getState().requestPrint();
  };
  const onBeforePrint = () => {
    const { summaryMounted, mountSummary } = useWizardStore.getState();
    if (!summaryMounted) flushSync(mountSummary);
  };
  const onAfterPrint = () => useWizardStore.getState().closeSummary();
  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('beforeprint', onBeforePrint);
  window.addEventListener('afterprint', onAfterPrint);
  const cancelPreload = preloadOnIntent();
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('beforeprint', onBeforePrint);
    window.removeEventListener('afterprint', onAfterPrint);
    cancelPreload();
  };
}
