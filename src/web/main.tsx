import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadLikelyScreens } from './app/app-chunks';
import { isAuthResponseWindow } from './auth/popup-response';
import { connectOnce } from './auth/use-auth';
import { detectHostKind } from './host/detect-host';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

if (isAuthResponseWindow(window.location)) {
  // Hand the sign-in answer to the window that asked (which closes this one); no app here.
  void import('@azure/msal-browser/redirect-bridge').then(({ broadcastResponseToMainFrame }) =>
    broadcastResponseToMainFrame(),
  );
} else {
  const host = detectHostKind(window.location);
  // Started before React renders, all at once: sign-in (MSAL and the configuration, which the
  // page has been fetching since its <head>) and the screens the person most likely opens.
  void connectOnce(host).catch(() => undefined);
  preloadLikelyScreens(window.location.hash.replace(/^#/, ''));
  createRoot(container).render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
}
