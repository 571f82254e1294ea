import type { ComponentType } from 'react';
import type { PrintSummaryProps } from '../summary/print-summary';

type SummaryModule = { PrintSummary: ComponentType<PrintSummaryProps> };

let loaded: SummaryModule | null = null;
let loading: Promise<SummaryModule> | null = null;

/**
 * The summary's code (with the QR library) is its own chunk, kept out of the first step. It is
 * fetched once; a failed fetch may be tried again.
 */
export function loadSummary(): Promise<SummaryModule> {
  loading ??= import('../summary/print-summary').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The module once fetched, so the browser's own print command, which gives no time to wait for a
 * chunk, can render the summary synchronously.
 */
export function loadedSummary(): SummaryModule | null {
  return loaded;
}
