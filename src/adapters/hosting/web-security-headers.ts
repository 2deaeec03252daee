// With its extension: the Vite config loads this module, and Vite's native config loader needs it.
import { FRAME_ANCESTOR_SOURCES } from './frame-ancestors.ts';

/**
 * The security headers of the web app's pages, in one place for every server that serves them:
 * Azure Static Web Apps in production (`static-web-app-config.ts`) and the local stack serving
 * the built app for the end-to-end tests, so that a policy that breaks the app fails those tests
 * before it is deployed.
 */

/** The app's two pages: the Teams tab / browser page, and the Outlook add-in task pane. */
export type WebPage = 'app' | 'addin';

/** The add-in page's address; every other path is the app's page (or a file it loads). */
export const ADDIN_PAGE_PATH = '/addin.html';

export function pageAt(path: string): WebPage {
  return path.split('?')[0] === ADDIN_PAGE_PATH ? 'addin' : 'app';
}

/** Where the app signs in, which Graph it calls, and where its career API answers. */
export interface WebServices {
  /** Entra ID's origin: MSAL's token requests, and its hidden frame for silent sign-in. */
  authority: string;
  /** Microsoft Graph's origin. */
  graph: string;
  /**
   * Where OneDrive's pre-authenticated download URLs point (`@microsoft.graph.downloadUrl`):
   * private notes are read from there, not through Graph's redirect.
   */
  files: string;
  /**
   * The career API's base URL when it is on another origin (the Functions app in Azure, called
   * directly: src/web/auth/app-config.ts says why). Absent, it is the app's own /api: `'self'`.
   */
  api?: string;
}

export const MICROSOFT_CLOUD: WebServices = {
  authority: 'https://login.microsoftonline.com',
  graph: 'https://graph.microsoft.com',
  // Each tenant's OneDrive lives at https://{tenant}-my.sharepoint.com.
  files: 'https://*.sharepoint.com',
};

/** Office.js cannot be bundled: the add-in page loads it (and it loads its parts) from here. */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com';
/** teams-js (bundled) fetches its list of valid host origins from Microsoft's CDN. */
const TEAMS_JS_CDN = 'https://res.cdn.office.net';

const unique = (sources: readonly string[]): string[] => [...new Set(sources)];

export function webContentSecurityPolicy(page: WebPage, services: WebServices): string {
  const authority = new URL(services.authority).origin;
  const graph = new URL(services.graph).origin;
  const api = services.api === undefined ? [] : [new URL(services.api).origin];
  const directives: [string, readonly string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', page === 'addin' ? ["'self'", OFFICE_JS_CDN] : ["'self'"]],
    // 'unsafe-inline' for styles only: Fluent UI's Griffel inserts <style> elements at run time
    // and React renders `style` attributes; a static host cannot mint a nonce per response.
    // Scripts stay strict, which is what stops injected code.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', unique(["'self'", authority, graph, services.files, ...api, TEAMS_JS_CDN])],
    ['frame-src', unique(["'self'", authority])],
    ['frame-ancestors', FRAME_ANCESTOR_SOURCES],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The headers every response for `page` carries. */
export function webSecurityHeaders(page: WebPage, services: WebServices): Record<string, string> {
  return {
    'Content-Security-Policy': webContentSecurityPolicy(page, services),
    'X-Content-Type-Options': 'nosniff',
    // Addresses carry people's ids (#/reports/{id}); other origins get the origin at most.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
