import type * as ServicesCheck from './services-check';

/** The first step's validation and the engine behind it, fetched once and shared. */
let loading: Promise<typeof ServicesCheck> | null = null;

export function loadServicesCheck(): Promise<typeof ServicesCheck> {
  loading ??= import('./services-check');
  return loading;
}
