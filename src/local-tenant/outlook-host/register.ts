import type { TenantFeature } from '../core/context';
import { html, json, text, type Reply } from '../core/reply';
import { renderErrorPage } from '../entra/sign-in-page';
import { browserModules } from '../teams-host/browser-modules';
import { TEAMS_HOST_SCRIPTS } from '../teams-host/register';
import { outlookHostConfigFor, readAddinPage } from './host-config';
import { renderOutlookHostPage } from './host-page';

/** Where the local stack's add-in page loads Office.js from instead of Microsoft's CDN. */
export const OFFICE_JS_STAND_IN_PATH = '/_local/outlook/office.js';

const outlookModule = browserModules({
  'host-script': new URL('./host-script.ts', import.meta.url),
  protocol: new URL('./protocol.ts', import.meta.url),
  'office-stand-in': new URL('./office-stand-in.ts', import.meta.url),
});
/** The Teams host's broker and protocol, which host-script.ts imports as `../teams-host/…`. */
const teamsModule = browserModules(TEAMS_HOST_SCRIPTS);

const javascript = (source: string): Reply => text(source, 200, 'text/javascript; charset=utf-8');

export interface OutlookHostOptions {
  /** The origin the manifest's `${{APP_ORIGIN}}` stands for; default the tenant's public URL. */
  appOrigin?: string;
}

/**
 * The local Outlook host under /_local/outlook: a development and test tool that frames the
 * add-in's task pane for a chosen mail, event or new message of a persona's mailbox, and serves
 * the Office.js stand-in the add-in page loads on the local stack. Like every /_local path it
 * answers this machine and same-origin pages only (core/pipeline.ts). Tokens come from the Teams
 * host's broker (POST /_local/teams/token): one nested app auth broker for both hosts.
 */
export function createOutlookHostFeature(options: OutlookHostOptions = {}): TenantFeature {
  return {
    name: 'outlook-host',
    register(routes, ctx) {
      const appOrigin = (): string => options.appOrigin ?? ctx.urls.base;

      routes.route('GET', '/_local/outlook', async (req): Promise<Reply> => {
        const built = outlookHostConfigFor(ctx, req.query, await readAddinPage(appOrigin()));
        if (!built.ok) return html(renderErrorPage('Local Outlook host', built.message), 400);
        return html(renderOutlookHostPage(built.config), 200, {
          'Content-Security-Policy': [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'unsafe-inline'",
            "connect-src 'self'",
            `frame-src ${built.config.frameOrigin}`,
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
          ].join('; '),
          'Cache-Control': 'no-store',
        });
      });

      routes.route('GET', OFFICE_JS_STAND_IN_PATH, async () => {
        const module = await outlookModule('office-stand-in');
        // A classic script, as Office.js is: the module marker TypeScript leaves must go.
        const banner =
          "/* The local Outlook host's Office.js stand-in: a TEST HOST, never Microsoft's Office.js. */\n";
        return javascript(`${banner}${(module ?? '').replace(/^export \{\};?\s*$/m, '')}`);
      });

      routes.route('GET', '/_local/outlook/scripts/{name}.js', async (req) => {
        const name = req.params.name ?? '';
        const module = name === 'office-stand-in' ? undefined : outlookModule(name);
        if (!module) return json({ error: 'not_found', path: req.path }, 404);
        return javascript(await module);
      });

      routes.route('GET', '/_local/outlook/teams-host/{name}.js', async (req) => {
        const module = teamsModule(req.params.name ?? '');
        if (!module || req.params.name === 'host-script') {
          return json({ error: 'not_found', path: req.path }, 404);
        }
        return javascript(await module);
      });
    },
  };
}
