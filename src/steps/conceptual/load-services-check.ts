import type * as ServicesCheck from './services-check';

/** The first step's validation and the engine behind it, fetched once and shared. */
let loading: Promise<typeof ServicesCheck> | null = null;

export function loadServicesCheck(): Promise<typeof ServicesCheck> {
  // A failed fetch is not kept: the next edit asks again.
  loading ??= import('./services-check').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
