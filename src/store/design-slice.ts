import type { StateCreator } from 'zustand';
import { DEFAULT_SIZING } from './default-sizing';
import { DEFAULT_DESIGN } from '../design/default-design';
import type { Design } from '../design/design-schema';
import type { FieldError } from '../design/field-error';
import type { Sizing } from '../engine/report/report-types';
import type { WizardState } from './wizard-store';

/** A design together with the sizing `sizeDesign` gave for it. */
export type SizedDesign = { design: Design; sizing: Sizing };

/**
 * The committed design and its sizing. Only designs the engine can size get in, so every figure
 * on screen always comes from a valid design: an invalid edit leaves the last good one showing.
 * The store never sizes: the example's sizing is worked out when the app is built, and whoever
 * brings a design (a form, a link, a file; see `load-design.ts`) brings its sizing, so the
 * engine's code is not needed to draw the first step.
 */
export type DesignSlice = {
  design: Design;
  sizing: Sizing;
  /** Bumped on every commit, so views can tell an edit from a reload. */
  revision: number;
  /** Bumped when a design comes from outside the forms (a link, a file, a saved design). */
  loadCount: number;
  /**
   * Whether the design on screen is the user's own work, to be kept as the draft. A design opened
   * from a link is not, until it is edited, so opening a link never overwrites a saved draft.
   */
  keepAsDraft: boolean;
  /**
   * Whether the step on screen holds input that cannot be sized: the figures are then those of
   * the last valid design, not of what is typed, and say so.
   */
  invalidInput: boolean;
  setInvalidInput: (invalidInput: boolean) => void;
  /**
   * Whether the draft kept in this browser is this design's own earlier state (resumed, or saved
   * by this tab since). Until it is, the first save keeps that draft among the saved designs
   * before writing over it, so opening a link, a file or a fresh start never loses it.
   */
  draftIsOurs: boolean;
  setDraftIsOurs: (draftIsOurs: boolean) => void;
  /**
   * A design that arrived (from a link) valid in shape but that cannot be sized, with what stops
   * it: the forms show its values with those fields marked, while the figures stay those of the
   * last design that sized. The first edit that sizes replaces it.
   */
  unsized: { design: Design; errors: readonly FieldError[] } | null;
  openUnsized: (design: Design, errors: readonly FieldError[]) => void;
  /**
   * Commits a design a form has already sized, so an edit is sized once, not again here. The
   * sizing must be the one `sizeDesign` returned for this very design object.
   */
  commitSizedDesign: (sized: SizedDesign) => void;
  /** Puts a design from outside the forms (a link, a file, a saved design) in place, sized. */
  loadSizedDesign: (sized: SizedDesign, options: LoadOptions) => void;
};

export type LoadOptions = { keepAsDraft: boolean; resumesDraft?: boolean };

export const createDesignSlice: StateCreator<WizardState, [], [], DesignSlice> = (set, get) => ({
  design: DEFAULT_DESIGN,
  sizing: DEFAULT_SIZING,
  revision: 0,
  loadCount: 0,
  keepAsDraft: false,
  invalidInput: false,
  setInvalidInput: (invalidInput) => {
    if (get().invalidInput !== invalidInput) set({ invalidInput });
  },
  draftIsOurs: false,
  setDraftIsOurs: (draftIsOurs) => {
    if (get().draftIsOurs !== draftIsOurs) set({ draftIsOurs });
  },
  unsized: null,
  openUnsized: (design, errors) => {
    set((state) => ({
      unsized: { design, errors },
      loadCount: state.loadCount + 1,
      keepAsDraft: false,
      invalidInput: true,
    }));
  },
  commitSizedDesign: ({ design, sizing }) => {
    set((state) => ({
      design,
      sizing,
      revision: state.revision + 1,
      keepAsDraft: true,
      unsized: null,
    }));
  },
  loadSizedDesign: ({ design, sizing }, { keepAsDraft, resumesDraft = false }) => {
    set((state) => ({
      design,
      sizing,
      revision: state.revision + 1,
      loadCount: state.loadCount + 1,
      keepAsDraft,
      draftIsOurs: resumesDraft,
      unsized: null,
    }));
  },
});
