import { flushSync } from 'react-dom';
import { useWizardStore } from '../store/wizard-store';
import { loadSummary } from './load-summary';

function isPrintShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'p'
  );
}

/** Fetches the summary's chunk when the browser is idle, so a print needs no network. */
function preloadWhenIdle(): () => void {
  const preload = () => void loadSummary().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(preload, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(preload, 2000);
  return () => clearTimeout(id);
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
  const cancelPreload = preloadWhenIdle();
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('beforeprint', onBeforePrint);
    window.removeEventListener('afterprint', onAfterPrint);
    cancelPreload();
  };
}
