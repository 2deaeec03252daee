import './forbid-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { isAuthResponseWindow } from './auth/popup-response';
import { detectHostKind } from './host/detect-host';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

if (isAuthResponseWindow(window.location)) {
  // Hand the sign-in answer to the window that asked (which closes this one); no app here.
  void import('@azure/msal-browser/redirect-bridge').then(({ broadcastResponseToMainFrame }) =>
    broadcastResponseToMainFrame(),
  );
} else {
  createRoot(container).render(
    <StrictMode>
      <App host={detectHostKind(window.location)} />
    </StrictMode>,
  );
}
