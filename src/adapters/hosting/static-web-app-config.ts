// With its extension: the Vite config loads this module, and Vite's native config loader needs it.
import { ADDIN_PAGE_PATH, MICROSOFT_CLOUD, webSecurityHeaders } from './web-security-headers.ts';

/**
 * Azure Static Web Apps' `staticwebapp.config.json` for the built app: the pages' security
 * headers (the add-in page's policy also admits Office.js) and the fallback to the app's page.
 * Generated at build (vite.config.ts) so it cannot drift from the local stack's headers.
 */
export function staticWebAppConfig(): Record<string, unknown> {
  const app = webSecurityHeaders('app', MICROSOFT_CLOUD);
  const addin = webSecurityHeaders('addin', MICROSOFT_CLOUD);
  return {
    globalHeaders: {
      ...app,
      // Production only: on the local stack it would pin https on localhost for every dev app.
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    },
    routes: [
      {
        route: ADDIN_PAGE_PATH,
        headers: { 'Content-Security-Policy': addin['Content-Security-Policy'] },
      },
      // The runtime configuration changes with each deployment; never serve a stale copy.
      { route: '/config.json', headers: { 'Cache-Control': 'no-store' } },
    ],
    navigationFallback: {
      rewrite: '/index.html',
      exclude: ['/assets/*', '/*.{js,css,svg,png,ico,json,html}', '/api/*'],
    },
  };
}
