import { PHASES, STEPS, type StepId } from '../steps/step-registry';
import { useWizardStore } from '../store/wizard-store';
import { goToStep } from './step-history';

/**
 * The three phases and their steps. Every step is open from the start: an architect often knows
 * the racks or the storage before the workload, and the design is whole at every step anyway.
 */
export function Stepper() {
  const current = useWizardStore((s) => s.step);
  const currentPhase = STEPS.find((s) => s.id === current)?.phase;
  return (
    <nav className="stepper" aria-label="Design phases">
      <ol className="stepper__phases">
        {PHASES.map((phase, phaseNo) => (
          <li
            key={phase.id}
            className={
              phase.id === currentPhase
                ? 'stepper__phase stepper__phase--current'
                : 'stepper__phase'
            }
          >
            <span className="stepper__phase-title">
              {phaseNo + 1}. {phase.title}
            </span>
            <ol className="stepper__steps">
              {STEPS.filter((s) => s.phase === phase.id).map((step) => (
                <li key={step.id}>
                  <StepLink id={step.id} title={step.title} current={step.id === current} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function StepLink({ id, title, current }: { id: StepId; title: string; current: boolean }) {
  if (current) {
    return (
      <span className="stepper__step stepper__step--current" aria-current="step">
        {title}
      </span>
    );
  }
  return (
    <button type="button" className="stepper__step" onClick={() => goToStep(id)}>
      {title}
    </button>
  );
}
