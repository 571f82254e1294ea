import type { StateCreator } from 'zustand';
import type { Draft } from '../persistence/draft-store';
import type { WizardState } from './wizard-store';

/** What this visit found on arrival: a draft from an earlier visit that may be resumed. */
export type SessionSlice = {
  resumeOffer: Draft | null;
  setResumeOffer: (draft: Draft | null) => void;
};

export const createSessionSlice: StateCreator<WizardState, [], [], SessionSlice> = (set) => ({
  resumeOffer: null,
  setResumeOffer: (resumeOffer) => set({ resumeOffer }),
});
