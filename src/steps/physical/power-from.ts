import type { SelectOption } from '../fields/select-field';

/** Where a compute node's watts for the power cost come from. */
export const POWER_FROM_OPTIONS: readonly SelectOption<'watts' | 'tdp'>[] = [
  { value: 'watts', label: 'Idle and loaded watts' },
  { value: 'tdp', label: 'TDP estimate from its parts' },
];
