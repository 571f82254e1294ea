import { initialStep } from '../navigation/step-history';
import { STEPS, stepIndex } from '../steps/step-registry';
import { useWizardStore } from '../store/wizard-store';

/** Opens on the step named in the address, with every step before it reachable. */
export function startWizard(): void {
  const step = initialStep();
  if (!step) return;
  const upTo = STEPS.slice(0, stepIndex(step) + 1).map((s) => s.id);
  useWizardStore.setState({ step, visited: upTo });
}
