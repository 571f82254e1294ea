import { Suspense, useEffect } from 'react';
import { KeyFiguresPanel } from '../figures/key-figures-panel';
import { followInAddressBar } from '../navigation/step-history';
import { StepNav } from '../navigation/step-nav';
import { Stepper } from '../navigation/stepper';
import { PrintHost } from '../printing/print-host';
import { PHASES, STEPS } from '../steps/step-registry';
import { prefetchSteps, STEP_VIEWS } from '../steps/step-views';
import { useWizardStore } from '../store/wizard-store';
import { DesignActions } from '../sharing/design-actions';
import { Notices } from '../sharing/notices';
import { ResumeBanner } from '../sharing/resume-banner';
import { WarningsPanel } from '../warnings/warnings-panel';
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

export function App() {
  const step = useWizardStore((s) => s.step);
  const loadCount = useWizardStore((s) => s.loadCount);
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
            <DesignActions />
          </div>
          <Stepper />
        </header>
        <div className="app__body">
          <KeyFiguresPanel />
          <main className="app__main" aria-labelledby="step-title">
            <Notices />
            <ResumeBanner />
            <p className="app__phase">{phase?.title} design</p>
            <h2 id="step-title" tabIndex={-1}>
              {meta.title}
            </h2>
            <Suspense fallback={<p className="step-loading">Loading the step…</p>}>
              <View key={`${step}-${loadCount}`} />
            </Suspense>
            <StepNav />
            <WarningsPanel />
          </main>
        </div>
      </div>
      <PrintHost />
    </>
  );
}
