import { lazy, Suspense, useEffect } from 'react';
import { KeyFiguresPanel } from '../figures/key-figures-panel';
import { followInAddressBar } from '../navigation/step-history';
import { onFirstIntent } from './on-first-intent';
import { StepNav } from '../navigation/step-nav';
import { Stepper } from '../navigation/stepper';
import { PHASES, STEPS } from '../steps/step-registry';
import { prefetchSteps, STEP_VIEWS } from '../steps/step-views';
import { useWizardStore } from '../store/wizard-store';
import { DesignActions } from '../sharing/design-actions';
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
 * The design's buttons draw with the page, so the header keeps its height; what they do (the
 * dialogs, the file, link and print code) loads when they are used. Printing's listeners and
 * resuming are not needed to read the first step: they load just after it.
 */
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
  // The page's first screen may have arrived drawn before any script: this says the drawn page now
  // answers input (tools and tests wait for it before they act).
  useEffect(() => {
    document.documentElement.dataset['live'] = 'true';
  }, []);
  useEffect(() => onFirstIntent(prefetchSteps), []);

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
            <DesignActions />
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
