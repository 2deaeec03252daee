import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Connect, Plugin, PreviewServer } from 'vite';
import { OFFICE_JS_STAND_IN_PATH } from '../../src/local-tenant/outlook-host/register';
import { ADDIN_PAGE_PATH } from '../../src/adapters/hosting/web-security-headers';

/** What addin.html loads in production, and always will: Microsoft's Office.js. */
export const OFFICE_JS_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The add-in page as the local stack serves it: Office.js cannot be downloaded on these
 * machines, so the CDN address becomes the local Outlook host's stand-in (same origin, so the
 * page's own policy, `script-src 'self' …`, admits it). The built file and production are
 * untouched; a page that no longer names the CDN fails loudly rather than silently running
 * without Office.js.
 */
export function withLocalOfficeJs(html: string): string {
  if (!html.includes(OFFICE_JS_CDN_URL)) {
    throw new Error(`${ADDIN_PAGE_PATH} no longer loads ${OFFICE_JS_CDN_URL}.`);
  }
  return html.replaceAll(OFFICE_JS_CDN_URL, OFFICE_JS_STAND_IN_PATH);
}

/** The dev server (`npm start`): Vite's own HTML transform, for the add-in page only. */
export function localOfficeJsDevPlugin(): Plugin {
  return {
    name: 'local-office-js',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (ctx.path === ADDIN_PAGE_PATH ? withLocalOfficeJs(html) : html),
    },
  };
}

/** The built app (the end-to-end tests): the add-in page read from the build and rewritten. */
export function serveLocalOfficeJs(server: PreviewServer): void {
  const outDir = resolve(server.config.root, server.config.build.outDir);
  const handler: Connect.NextHandleFunction = (req, res, next) => {
    if ((req.url ?? '').split('?')[0] !== ADDIN_PAGE_PATH) {
      next();
      return;
    }
    readFile(resolve(outDir, 'addin.html'), 'utf8').then(
      (html) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(withLocalOfficeJs(html));
      },
      (error: unknown) => {
        next(error);
      },
    );
  };
  server.middlewares.use(handler);
}
