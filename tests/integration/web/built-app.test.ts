import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What static hosting publishes: the output of `vite build`, built here from the real
 * configuration, and the Azure Static Web Apps configuration shipped in it.
 */

let outDir: string;
let files: string[];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)));
}

const read = (file: string): Promise<string> => readFile(join(outDir, file), 'utf8');

interface StaticWebAppConfig {
  globalHeaders?: Record<string, string>;
  routes?: { route: string; headers?: Record<string, string> }[];
  navigationFallback?: { rewrite: string; exclude?: string[] };
}

async function hostingConfig(): Promise<StaticWebAppConfig> {
  expect(files).toContain('staticwebapp.config.json');
  return JSON.parse(await read('staticwebapp.config.json')) as StaticWebAppConfig;
}

/** The headers static hosting sends with one path: the global ones, then its route's. */
function headersFor(config: StaticWebAppConfig, path: string): Record<string, string> {
  const route = config.routes?.find((r) => r.route === path);
  return { ...config.globalHeaders, ...route?.headers };
}

/** `script-src 'self' https://x` → { 'script-src': ["'self'", 'https://x'] } */
function directives(policy: string | undefined): Record<string, string[]> {
  expect(policy, 'a Content-Security-Policy header').toBeTruthy();
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** Whether a CSP source list admits an absolute URL (host wildcards and 'self' only). */
function admits(sources: readonly string[], url: string, self: string): boolean {
  const target = new URL(url, self);
  if (target.origin === new URL(self).origin && sources.includes("'self'")) return true;
  return sources.some((source) => {
    if (!source.startsWith('https://')) return false;
    const host = new URL(source.replace('*.', 'wildcard.')).host;
    return source.includes('*.')
      ? target.host.endsWith(host.slice('wildcard'.length))
      : target.host === host;
  });
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'career-web-'));
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  files = await listFiles(outDir);
}, 120_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the built web app as static hosting publishes it', () => {
  it('publishes no source maps and no sourceMappingURL comments', async () => {
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => /\.(js|css|html)$/.test(f))) {
      expect(await read(file), file).not.toMatch(/sourceMappingURL/);
    }
  });

  it('ships a Static Web Apps configuration with CSP, nosniff and Referrer-Policy on every page', async () => {
    const config = await hostingConfig();
    for (const page of ['/index.html', '/addin.html', '/']) {
      const headers = headersFor(config, page);
      expect(headers['X-Content-Type-Options'], page).toBe('nosniff');
      expect(headers['Referrer-Policy'], page).toBe('strict-origin-when-cross-origin');
      const csp = directives(headers['Content-Security-Policy']);
      expect(csp['default-src'], page).toEqual(["'self'"]);
      expect(csp['object-src'], page).toEqual(["'none'"]);
      expect(csp['base-uri'], page).toEqual(["'self'"]);
      // Only Teams, Outlook and the Microsoft 365 app (and the app itself) may frame it.
      expect(csp['frame-ancestors'], page).toEqual([
        "'self'",
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.skype.com',
        'https://outlook.office.com',
        'https://outlook.office365.com',
        'https://*.office.com',
        'https://*.microsoft365.com',
        'https://*.cloud.microsoft',
      ]);
      expect(csp['connect-src'], page).toEqual([
        "'self'",
        'https://login.microsoftonline.com',
        'https://graph.microsoft.com',
        'https://*.sharepoint.com',
        'https://res.cdn.office.net',
      ]);
      expect(csp['frame-src'], page).toEqual(["'self'", 'https://login.microsoftonline.com']);
    }
    expect(
      directives(headersFor(config, '/index.html')['Content-Security-Policy'])['script-src'],
    ).toEqual(["'self'"]);
    expect(
      directives(headersFor(config, '/addin.html')['Content-Security-Policy'])['script-src'],
    ).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(config.navigationFallback?.rewrite).toBe('/index.html');
  });

  it('allows every script and style the built pages load, and nothing inline runs', async () => {
    const config = await hostingConfig();
    const self = 'https://app.contoso.example';
    for (const page of ['index.html', 'addin.html']) {
      const html = await read(page);
      const csp = directives(headersFor(config, `/${page}`)['Content-Security-Policy']);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attributes = '', body = ''] of scripts) {
        const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
        expect(src, `${page}: no inline script`).toBeDefined();
        expect(body.trim()).toBe('');
        expect(admits(csp['script-src'] ?? [], src ?? '', self), `${page}: ${src ?? ''}`).toBe(
          true,
        );
      }
      // The page's own <style> and Fluent's runtime styles need inline styles.
      if (/<style\b/.test(html)) expect(csp['style-src'], page).toContain("'unsafe-inline'");
    }
  });

  it('publishes every file the app package links to on the app’s origin: privacy, terms, add-in page and icons', async () => {
    const manifest = await readFile('manifest/manifest.json', 'utf8');
    const linked = [...manifest.matchAll(/\$\{\{APP_ORIGIN\}\}\/([^"?#]+)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(linked).toEqual(expect.arrayContaining(['privacy.html', 'terms.html']));
    expect(linked.filter((file) => !files.includes(file))).toEqual([]);
    const config = await hostingConfig();
    // Served as they are, not rewritten to the app's page by the navigation fallback.
    expect(config.navigationFallback?.exclude).toContain('/*.{js,css,svg,png,ico,json,html}');
  });

  it('loads Microsoft’s Office.js in the add-in page’s <head>, before the app script, and ships no local host or stand-in', async () => {
    const addin = await read('addin.html');
    const head = addin.slice(0, addin.indexOf('</head>'));
    const office = head.indexOf(
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"',
    );
    expect(office).toBeGreaterThan(-1);
    const app = addin.search(/<script type="module"[^>]*src="\/assets\//);
    expect(app).toBeGreaterThan(office);
    // The local Teams and Outlook hosts and the Office.js stand-in are development tools only.
    for (const file of files.filter((f) => /\.(js|html)$/.test(f))) {
      const text = await read(file);
      expect(text, file).not.toContain('/_local/outlook');
      expect(text, file).not.toContain('/_local/teams');
      expect(text, file).not.toContain('TEST HOST');
    }
  });
});
