import { neighbourStep, STEPS } from '../steps/step-registry';
import { useWizardStore } from '../store/wizard-store';
import { goToStep } from './step-history';

export function StepNav() {
  const step = useWizardStore((s) => s.step);
  const back = neighbourStep(step, -1);
  const next = neighbourStep(step, 1);
  const title = (id: string | null) => STEPS.find((s) => s.id === id)?.title ?? '';
  return (
    <nav className="step-nav" aria-label="Step">
      {back && (
        <button type="button" className="button" onClick={() => goToStep(back)}>
          ← Back<span className="visually-hidden">: {title(back)}</span>
        </button>
      )}
      {next && (
        <button type="button" className="button button--primary" onClick={() => goToStep(next)}>
          Next: {title(next)} →
        </button>
      )}
    </nav>
  );
}
