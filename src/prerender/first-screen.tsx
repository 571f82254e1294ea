import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from '../app/app';

/**
 * The wizard's first screen as HTML, as it draws for a first visit: the book's example on its
 * first step. Every part of it is rendered, the lazily loaded ones included, so the page the
 * browser hydrates is exactly the one it would have drawn.
 */
export async function renderFirstScreen(): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <App />
    </StrictMode>,
    // One whole document: no part held back behind a script that reveals it later, which the
    // page's content security policy would refuse to run.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
