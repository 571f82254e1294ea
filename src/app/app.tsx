import { lazy, Suspense, useEffect } from 'react';
import { KeyFiguresPanel } from '../figures/key-figures-panel';
import { followInAddressBar } from '../navigation/step-history';
import { StepNav } from '../navigation/step-nav';
import { Stepper } from '../navigation/stepper';
import { PHASES, STEPS } from '../steps/step-registry';
import { prefetchSteps, STEP_VIEWS } from '../steps/step-views';
import { useWizardStore } from '../store/wizard-store';
import { Notices } from '../sharing/notices';
import './theme.css';
import './base.css';
import './navigation.css';
import './key-figures.css';
import './forms.css';
import './tables.css';
import './notices.css';
import './sharing.css';
import './print-hiding.css';
import './narrow.css';

/*
 * Sharing, saving, printing and resuming are not needed to read the first step, and they carry
 * the dialogs and the file and print code: they load just after it.
 */
const DesignActions = lazy(() =>
  import('../sharing/design-actions').then((m) => ({ default: m.DesignActions })),
);
const PrintHost = lazy(() =>
  import('../printing/print-host').then((m) => ({ default: m.PrintHost })),
);
// The example opens without warnings; a design with some shows them a moment after its step.
const WarningsPanel = lazy(() =>
  import('../warnings/warnings-panel').then((m) => ({ default: m.WarningsPanel })),
);
const ResumeBanner = lazy(() =>
  import('../sharing/resume-banner').then((m) => ({ default: m.ResumeBanner })),
);

export function App() {
  const step = useWizardStore((s) => s.step);
  const loadCount = useWizardStore((s) => s.loadCount);
  const resumable = useWizardStore((s) => s.resumeOffer !== null);
  useEffect(() => followInAddressBar(), []);
  useEffect(() => {
    const idle = setTimeout(prefetchSteps, 300);
    return () => clearTimeout(idle);
  }, []);

  const meta = STEPS.find((s) => s.id === step) ?? STEPS[0];
  const phase = PHASES.find((p) => p.id === meta.phase);
  const View = STEP_VIEWS[step];
  return (
    <>
      <div className="app">
        <button
          type="button"
          className="skip-link"
          onClick={() => document.getElementById('step-title')?.focus()}
        >
          Skip to the current step
        </button>
        <header className="app__header">
          <div className="app__header-top">
            <h1 className="app__title">OpenStack design wizard</h1>
            <Suspense fallback={<div className="design-actions" />}>
              <DesignActions />
            </Suspense>
          </div>
          <Stepper />
        </header>
        <div className="app__body">
          <KeyFiguresPanel />
          <main className="app__main" aria-labelledby="step-title">
            <Notices />
            {resumable && (
              <Suspense fallback={null}>
                <ResumeBanner />
              </Suspense>
            )}
            <p className="app__phase">{phase?.title} design</p>
            <h2 id="step-title" tabIndex={-1}>
              {meta.title}
            </h2>
            <Suspense fallback={<p className="step-loading">Loading the step…</p>}>
              <View key={`${step}-${loadCount}`} />
            </Suspense>
            <StepNav />
            <Suspense fallback={null}>
              <WarningsPanel />
            </Suspense>
          </main>
        </div>
      </div>
      <Suspense fallback={null}>
        <PrintHost />
      </Suspense>
    </>
  );
}
