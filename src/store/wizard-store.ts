import { create } from 'zustand';
import { createDesignSlice, type DesignSlice } from './design-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createNoticeSlice, type NoticeSlice } from './notice-slice';
import { createPrintSlice, type PrintSlice } from './print-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';

export type WizardState = DesignSlice & NavigationSlice & NoticeSlice & SessionSlice & PrintSlice;

export const useWizardStore = create<WizardState>()((...a) => ({
  ...createDesignSlice(...a),
  ...createNavigationSlice(...a),
  ...createNoticeSlice(...a),
  ...createSessionSlice(...a),
  ...createPrintSlice(...a),
}));
