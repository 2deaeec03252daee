import type { Plugin } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staticWebAppConfig } from '../../../../src/adapters/hosting/static-web-app-config';
import viteConfig from '../../../../vite.config';

/**
 * The static site's Content-Security-Policy must let the app call the career API on the
 * Functions app's origin (the app calls it directly, see src/web/auth/app-config.ts), and that
 * origin is known only per deployment: API_BASE_URL at build.
 */

interface Config {
  globalHeaders: Record<string, string>;
  routes: { route: string; headers?: Record<string, string> }[];
}

function connectSrc(config: Config, page: '/index.html' | '/addin.html'): string[] {
  const route = config.routes.find((r) => r.route === page);
  const policy =
    route?.headers?.['Content-Security-Policy'] ?? config.globalHeaders['Content-Security-Policy'];
  const directive = (policy ?? '')
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  return directive?.slice(1) ?? [];
}

/** Runs the Vite config's plugin that writes staticwebapp.config.json, as `vite build` does. */
function emittedByBuild(): Config {
  const plugins = (viteConfig.plugins ?? []).flat() as Plugin[];
  const plugin = plugins.find((p) => p.name === 'static-web-app-config');
  const generate = plugin?.generateBundle;
  if (typeof generate !== 'function') throw new Error('no static-web-app-config plugin');
  let source = '';
  const context = {
    emitFile: (file: { source: string }) => {
      source = file.source;
      return 'ref';
    },
  };
  (generate as unknown as (this: typeof context) => void).call(context);
  return JSON.parse(source) as Config;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the static site’s connect-src and the career API’s origin', () => {
  it('admits the API’s origin on both pages when it is given', () => {
    const config = staticWebAppConfig({
      apiBaseUrl: 'https://career-api.azurewebsites.net/api',
    }) as unknown as Config;
    for (const page of ['/index.html', '/addin.html'] as const) {
      expect(connectSrc(config, page), page).toContain('https://career-api.azurewebsites.net');
      expect(connectSrc(config, page), page).toContain("'self'");
    }
  });

  it('admits only its own origin for the API when none is given', () => {
    const config = staticWebAppConfig() as unknown as Config;
    expect(connectSrc(config, '/index.html')).toEqual([
      "'self'",
      'https://login.microsoftonline.com',
      'https://graph.microsoft.com',
      'https://*.sharepoint.com',
      'https://res.cdn.office.net',
    ]);
  });

  it('refuses an API address that is not an absolute https URL, naming API_BASE_URL', () => {
    for (const bad of ['career-api.azurewebsites.net', 'http://career-api.azurewebsites.net/api']) {
      expect(() => staticWebAppConfig({ apiBaseUrl: bad }), bad).toThrow(
        /API_BASE_URL must be an absolute https:\/\/ URL/,
      );
    }
  });

  it('takes the API’s address from API_BASE_URL when vite build writes staticwebapp.config.json', () => {
    vi.stubEnv('API_BASE_URL', 'https://career-api.azurewebsites.net/api');
    expect(connectSrc(emittedByBuild(), '/index.html')).toContain(
      'https://career-api.azurewebsites.net',
    );
    vi.stubEnv('API_BASE_URL', '');
    expect(connectSrc(emittedByBuild(), '/index.html')).not.toContain(
      'https://career-api.azurewebsites.net',
    );
  });
});
