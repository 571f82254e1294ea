import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { designLinkUrl } from '../design/link-codec';
import { useWizardStore } from '../store/wizard-store';
import { loadedSummary, loadSummary } from './load-summary';
import { listenForPrint } from './print-events';

const LazySummary = lazy(() => loadSummary().then((m) => ({ default: m.PrintSummary })));

/** The summary while it is mounted; opens the print dialog once it is drawn, if asked to. */
function MountedSummary() {
  const printWhenReady = useWizardStore((s) => s.printWhenReady);
  const design = useWizardStore((s) => s.design);
  // Opens on the results step: the reader of the paper lands on the whole sizing.
  const linkUrl = designLinkUrl(window.location.href, design, 'results');
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);

  useEffect(() => {
    if (!ready || !printWhenReady) return;
    useWizardStore.getState().printStarted();
    window.print();
  }, [ready, printWhenReady]);

  const loaded = loadedSummary();
  return (
    <div className="print-host">
      {loaded ? (
        <loaded.PrintSummary onReady={onReady} linkUrl={linkUrl} />
      ) : (
        <Suspense fallback={<p>Preparing the summary for print…</p>}>
          <LazySummary onReady={onReady} linkUrl={linkUrl} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * Where the printed summary lives: nothing until a print is asked for (the Print button,
 * Ctrl/Cmd+P or the browser's print command), so editing never pays for it.
 */
export function PrintHost() {
  const mounted = useWizardStore((s) => s.summaryMounted);
  useEffect(() => listenForPrint(), []);
  return mounted ? <MountedSummary /> : null;
}
