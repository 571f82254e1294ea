import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startWizard } from './app/start-wizard';
import { startOfflineSupport } from './offline/start-offline';

startOfflineSupport();
void startWizard().then(() => {
  const root = document.getElementById('root');
  if (root) {
    // As a transition the first render yields to the browser every few milliseconds, so
    // loading never holds the main thread in one long task.
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  }
});
