import type { StateCreator } from 'zustand';
import type { WizardState } from './wizard-store';

export type Notice = {
  id: string;
  tone: 'error' | 'info';
  title: string;
  details: readonly string[];
};

/** Messages about what happened outside the forms: a bad link, storage trouble, an import. */
export type NoticeSlice = {
  notices: readonly Notice[];
  notify: (notice: Notice) => void;
  dismiss: (id: string) => void;
};

export const createNoticeSlice: StateCreator<WizardState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  notify: (notice) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
