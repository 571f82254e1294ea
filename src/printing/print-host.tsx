import { useCallback, useEffect, useState } from 'react';
import { designLinkUrl } from '../design/link-encode';
import { useWizardStore } from '../store/wizard-store';
import { loadedSummary, loadSummary } from './load-summary';
import { listenForPrint } from './print-events';

const LOAD_FAILED =
  'The summary could not be loaded for printing: check the connection and try again.';

/** The summary's code: at once when already fetched, so the browser's print command gets it. */
function useSummaryModule() {
  const [module, setModule] = useState(loadedSummary);
  useEffect(() => {
    if (module !== null) return undefined;
    let live = true;
    loadSummary().then(
      (loaded) => {
        if (live) setModule(loaded);
      },
      () => {
        const { notify, closeSummary } = useWizardStore.getState();
        notify({ id: 'print', tone: 'error', title: LOAD_FAILED, details: [] });
        closeSummary();
      },
    );
    return () => {
      live = false;
    };
  }, [module]);
  return module;
}

/** The summary while it is mounted; opens the print dialog once it is drawn, if asked to. */
function MountedSummary() {
  const module = useSummaryModule();
  const printWhenReady = useWizardStore((s) => s.printWhenReady);
  const design = useWizardStore((s) => s.design);
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);

  useEffect(() => {
    // Read afresh: a re-run of this effect must not open a second dialog.
    const state = useWizardStore.getState();
    if (!ready || !state.printWhenReady) return;
    state.printStarted();
    window.print();
  }, [ready, printWhenReady]);

  // Opens on the results step: the reader of the paper lands on the whole sizing.
  const linkUrl = designLinkUrl(window.location.href, design, 'results');
  return (
    <div className="print-host">
      {module === null ? (
        <p>Preparing the summary for print…</p>
      ) : (
        <module.PrintSummary onReady={onReady} linkUrl={linkUrl} />
      )}
    </div>
  );
}

/**
 * Where the printed summary lives: nothing until a print is asked for (the Print button,
 * Ctrl/Cmd+P or the browser's print command), so editing never pays for it. Its code is a
 * chunk of its own, fetched on the first print or while the page is idle.
 */
export function PrintHost() {
  const mounted = useWizardStore((s) => s.summaryMounted);
  useEffect(() => listenForPrint(), []);
  return mounted ? <MountedSummary /> : null;
}
