import { browserStorage } from '../persistence/storage-access';
import { useWizardStore } from '../store/wizard-store';
import { offlineNoticeOnce } from './offline-notice';

/**
 * Says once that the wizard works offline, and registers the service worker that keeps it so.
 *
 * The notice is given on the first visit the service worker serves from the start (it was
 * installed on an earlier one), before the first render: said the moment the worker finishes
 * installing, it would push the step down under the reader's pointer. The registration code
 * loads once the page has loaded and the browser is idle, off the first step's critical path.
 */
export function startOfflineSupport(): void {
  if (!('serviceWorker' in navigator)) return;
  if (navigator.serviceWorker.controller !== null) {
    const notice = offlineNoticeOnce(browserStorage());
    if (notice) useWizardStore.getState().notify(notice);
  }
  afterLoadWhenIdle(() => {
    void import('./register-offline').then(({ registerOffline }) => registerOffline());
  });
}

function afterLoadWhenIdle(run: () => void): void {
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
    else setTimeout(run, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
