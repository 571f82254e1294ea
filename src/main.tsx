import { StrictMode, startTransition } from 'react';
import { App } from './app/app';
import { startWizard } from './app/start-wizard';
import { startOfflineSupport } from './offline/start-offline';
import { useWizardStore } from './store/wizard-store';

// The built page arrives with the first screen drawn for the book's example on its first step
// (src/prerender). It is hydrated only if that is still what the wizard shows once it has read
// the address, the draft and the offline state; anything else (a link, a notice) is drawn anew.
const firstScreen = useWizardStore.getState();

/** Lets the browser run what is waiting (input, paint) before the next piece of loading. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// A link opens another design or step than the example's first screen the page arrived with:
// that screen goes at once rather than stay on view while the link is read.
if (window.location.hash.replace(/^#/, '') !== '')
  document.getElementById('root')?.replaceChildren();

startOfflineSupport();
// React's renderer runs its module code in a task of its own, after the wizard's, so loading
// never holds the main thread for both at once.
void Promise.all([startWizard(), nextTask().then(() => import('react-dom/client'))]).then(
  ([, { createRoot, hydrateRoot }]) => {
    const root = document.getElementById('root');
    if (!root) return;
    const app = (
      <StrictMode>
        <App />
      </StrictMode>
    );
    const hydrate = root.hasChildNodes() && useWizardStore.getState() === firstScreen;
    if (!hydrate) root.replaceChildren();
    // As a transition, hydrating or the first render yields to the browser every few
    // milliseconds, so loading never holds the main thread in one long task.
    startTransition(() => {
      if (hydrate) hydrateRoot(root, app);
      else createRoot(root).render(app);
    });
  },
);
