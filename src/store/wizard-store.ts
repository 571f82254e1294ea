import { create } from 'zustand';
import { createDesignSlice, type DesignSlice } from './design-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';

export type WizardState = DesignSlice & NavigationSlice;

export const useWizardStore = create<WizardState>()((...a) => ({
  ...createDesignSlice(...a),
  ...createNavigationSlice(...a),
}));
