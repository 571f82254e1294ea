import type { StateCreator } from 'zustand';
import { FIRST_STEP, type StepId } from '../steps/step-registry';
import type { WizardState } from './wizard-store';

export type NavigationSlice = {
  step: StepId;
  visited: readonly StepId[];
  goTo: (step: StepId) => void;
};

export const createNavigationSlice: StateCreator<WizardState, [], [], NavigationSlice> = (set) => ({
  step: FIRST_STEP,
  visited: [FIRST_STEP],
  goTo: (step) =>
    set((state) => ({
      step,
      visited: state.visited.includes(step) ? state.visited : [...state.visited, step],
    })),
});
