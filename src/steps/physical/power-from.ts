import type { SelectOption } from '../fields/select-field';

/** Where a compute node's watts for the power cost come from. */
export const POWER_FROM_OPTIONS: readonly SelectOption<'watts' | 'tdp'>[] = [
  { value: 'watts', label: 'Idle and loaded watts' },
  { value: 'tdp', label: 'TDP estimate from its parts' },
];

/** Where a storage node's watts for the power cost come from: drawn all the time either way. */
export const STORAGE_POWER_FROM_OPTIONS: readonly SelectOption<'watts' | 'tdp'>[] = [
  { value: 'watts', label: 'Stated watts' },
  { value: 'tdp', label: 'Estimated from its parts (TDP)' },
];
