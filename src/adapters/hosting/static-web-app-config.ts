// With its extension: the Vite config loads this module, and Vite's native config loader needs it.
import { apiBaseUrlProblem } from './api-base-url.ts';
import {
  ADDIN_PAGE_PATH,
  MICROSOFT_CLOUD,
  webSecurityHeaders,
  type WebServices,
} from './web-security-headers.ts';

export interface StaticSiteOptions {
  /**
   * The career API's base URL when it is not the site's own /api (API_BASE_URL at build; the
   * same value as `apiBaseUrl` in the deployment's /config.json): its origin joins connect-src.
   */
  apiBaseUrl?: string | undefined;
}

/**
 * Azure Static Web Apps' `staticwebapp.config.json` for the built app: the pages' security
 * headers (the add-in page's policy also admits Office.js, both admit the career API's origin)
 * and the fallback to the app's page.
 * Generated at build (vite.config.ts) so it cannot drift from the local stack's headers.
 */
export function staticWebAppConfig(options: StaticSiteOptions = {}): Record<string, unknown> {
  const services = servicesFor(options);
  const app = webSecurityHeaders('app', services);
  const addin = webSecurityHeaders('addin', services);
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

function servicesFor({ apiBaseUrl }: StaticSiteOptions): WebServices {
  // An empty API_BASE_URL= in an env file means "not set", as on the server.
  if (apiBaseUrl === undefined || apiBaseUrl.trim() === '') return MICROSOFT_CLOUD;
  const problem = apiBaseUrlProblem(apiBaseUrl.trim());
  if (problem) throw new Error(`API_BASE_URL ${problem} (it was "${apiBaseUrl}").`);
  return { ...MICROSOFT_CLOUD, api: apiBaseUrl.trim() };
}
