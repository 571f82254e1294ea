import { browserStorage } from '../persistence/storage-access';
import { useWizardStore } from '../store/wizard-store';
import { offlineNoticeOnce } from './offline-notice';

/**
 * Says once that the wizard works offline, and registers the service worker that keeps it so.
 *
 * The notice is given on the first visit the service worker serves from the start (it was
 * installed on an earlier one), before the first render: said the moment the worker finishes
 * installing, it would push the step down under the reader's pointer. The registration code
 * loads once the page has finished loading, off the first step's critical path: on a first visit
 * once the page has also stopped fetching, as the worker then fetches every file of the app.
 */
export function startOfflineSupport(): void {
  if (!('serviceWorker' in navigator)) return;
  if (navigator.serviceWorker.controller !== null) {
    const notice = offlineNoticeOnce(browserStorage());
    if (notice) useWizardStore.getState().notify(notice);
    // A new version has taken over this page (the worker is only ever replaced by a newer
    // build): reload, so the page never asks for old files the new version no longer keeps.
    // Listened for from the start, as the browser may find the update before registration runs.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
  }
  const register = () => {
    void import('./register-offline').then(({ registerOffline }) => registerOffline());
  };
  // A page the worker already serves has the app's files at hand: registering at once only asks
  // whether a new version is out, so a returning visitor picks it up without waiting for quiet.
  if (navigator.serviceWorker.controller !== null) afterLoad(register);
  else afterLoadWhenQuiet(register);
}

/** Runs `run` once the page has loaded and the browser is idle. */
function afterLoad(run: () => void): void {
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
    else run();
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/** How long the page must fetch nothing before the worker may fetch the whole app. */
const QUIET_MS = 2000;
/** A page that never stops fetching still gets its worker. */
const LONGEST_WAIT_MS = 15_000;

/**
 * Runs `run` once the page has loaded, has fetched nothing for a while (the steps, charts and
 * summary it loads after the first paint have arrived) and the browser is idle: the worker then
 * fetches every file of the app, which would otherwise compete with the page's own loading.
 */
function afterLoadWhenQuiet(run: () => void): void {
  const whenQuiet = () => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(longest);
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
      else run();
    };
    let quiet = setTimeout(start, QUIET_MS);
    const longest = setTimeout(start, LONGEST_WAIT_MS);
    const observer = new PerformanceObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(start, QUIET_MS);
    });
    observer.observe({ type: 'resource' });
  };
  if (document.readyState === 'complete') whenQuiet();
  else window.addEventListener('load', whenQuiet, { once: true });
}
