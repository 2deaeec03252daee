import type { TenantFeature } from '../core/context';
import { html, json, text, type Reply } from '../core/reply';
import { renderErrorPage } from '../entra/sign-in-page';
import { browserModules } from './browser-modules';
import { handleBrokerRequest, type BrokerSessions } from './broker';
import { hostConfigFor } from './host-config';
import { renderHostPage } from './host-page';
import { readManifestTab } from './manifest-tab';
import { renderActivityFeed } from './host-activity';
import { notificationsFor } from '../graph/teamwork/teamwork-state';

/** The browser modules of the host page, by the name the page asks for. */
export const TEAMS_HOST_SCRIPTS: Readonly<Record<string, URL>> = {
  'host-script': new URL('./host-script.ts', import.meta.url),
  'bridge-broker': new URL('./bridge-broker.ts', import.meta.url),
  protocol: new URL('./protocol.ts', import.meta.url),
  'host-dom': new URL('./host-dom.ts', import.meta.url),
};

const browserModule = browserModules(TEAMS_HOST_SCRIPTS);

export interface TeamsHostOptions {
  /** The origin the manifest's `${{APP_ORIGIN}}` stands for; default the tenant's public URL. */
  appOrigin?: string;
}

/**
 * The local Teams host under /_local/teams: a development and test tool that frames the app's
 * static tab and answers teams-js as Teams does. Like every /_local path it answers this machine
 * and same-origin pages only (core/pipeline.ts), so no other site can have tokens minted.
 */
export function createTeamsHostFeature(options: TeamsHostOptions = {}): TenantFeature {
  const sessions: BrokerSessions = new Map();
  return {
    name: 'teams-host',
    register(routes, ctx) {
      ctx.store.onReplace(() => {
        sessions.clear();
      });
      const appOrigin = (): string => options.appOrigin ?? ctx.urls.base;

      routes.route('GET', '/_local/teams', async (req): Promise<Reply> => {
        const tab = await readManifestTab(appOrigin());
        const built = hostConfigFor(ctx, req.query, tab, appOrigin());
        if (!built.ok) return html(renderErrorPage('Local Teams host', built.message), 400);
        const frameSource = built.config.frameOrigin;
        const feed = renderActivityFeed(
          built.config.persona,
          notificationsFor(ctx, built.config.persona.id),
        );
        const page = renderHostPage(built.config, tab.name, req.query.get('meeting'), feed);
        return html(page, 200, {
          'Content-Security-Policy': [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'unsafe-inline'",
            "connect-src 'self'",
            `frame-src ${frameSource}`,
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
          ].join('; '),
          'Cache-Control': 'no-store',
        });
      });

      routes.route('GET', '/_local/teams/scripts/{name}.js', async (req) => {
        const module = browserModule(req.params.name ?? '');
        if (!module) return json({ error: 'not_found', path: req.path }, 404);
        return text(await module, 200, 'text/javascript; charset=utf-8');
      });

      routes.route('POST', '/_local/teams/token', (req) => handleBrokerRequest(ctx, sessions, req));
    },
  };
}
