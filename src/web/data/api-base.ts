import type { AppConfig } from '../auth/app-config';

/**
 * Where the app sends its career API calls: `apiBaseUrl` from /config.json (the Functions app in
 * Azure, see app-config.ts for why it is called directly), else the app's own origin under /api
 * as on the local stack. The static site's Content-Security-Policy must admit that origin
 * (API_BASE_URL at build, src/adapters/hosting/static-web-app-config.ts).
 */
export function careerApiBaseUrl(
  config: Pick<AppConfig, 'apiBaseUrl'>,
  appOrigin: string = window.location.origin,
): string {
  return config.apiBaseUrl ?? `${appOrigin}/api`;
}
