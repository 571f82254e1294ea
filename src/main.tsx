import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startWizard } from './app/start-wizard';
import { startOfflineSupport } from './offline/start-offline';

startOfflineSupport();
void startWizard().then(() => {
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
});
