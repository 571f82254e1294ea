import type { StateCreator } from 'zustand';
import type { Draft } from '../persistence/draft-store';
import type { WizardState } from './wizard-store';

/**
 * A draft that may be resumed: found on arrival from an earlier visit, or set aside when a link
 * opened over the design being worked on (then the other choice is to stay on the link's design).
 */
export type SessionSlice = {
  resumeOffer: Draft | null;
  resumeAfterLink: boolean;
  setResumeOffer: (draft: Draft | null, afterLink?: boolean) => void;
};

export const createSessionSlice: StateCreator<WizardState, [], [], SessionSlice> = (set) => ({
  resumeOffer: null,
  resumeAfterLink: false,
  setResumeOffer: (resumeOffer, afterLink = false) =>
    set({ resumeOffer, resumeAfterLink: afterLink }),
});
