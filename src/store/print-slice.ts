import type { StateCreator } from 'zustand';
import type { WizardState } from './wizard-store';

/**
 * Whether the printed summary is in the page. It is mounted only around a print, so the editing
 * screen never pays for rendering it. `printWhenReady` tells a Print command (which waits for the
 * charts, then opens the dialog) from the browser's own print (already printing: nothing to open).
 */
export type PrintSlice = {
  summaryMounted: boolean;
  printWhenReady: boolean;
  requestPrint: () => void;
  mountSummary: () => void;
  printStarted: () => void;
  closeSummary: () => void;
};

export const createPrintSlice: StateCreator<WizardState, [], [], PrintSlice> = (set) => ({
  summaryMounted: false,
  printWhenReady: false,
  requestPrint: () => set({ summaryMounted: true, printWhenReady: true }),
  mountSummary: () => set({ summaryMounted: true }),
  printStarted: () => set({ printWhenReady: false }),
  closeSummary: () => set({ summaryMounted: false, printWhenReady: false }),
});
