// Microsoft Graph v1.0 SharePoint sites, Sites.Selected permissions, lists, columns and items.
// Sites: https://learn.microsoft.com/graph/api/resources/site
// Lists: https://learn.microsoft.com/graph/api/resources/list
// Items: https://learn.microsoft.com/graph/api/resources/listitem
import type { TenantFeature } from '../../core/context';
import type { HttpMethod } from '../../core/router';
import { requireSitesPermission } from './access';
import { routeSiteCall } from './routes';
import { buildSharePointStateFor, seedSharePoint } from './seed';
import { findSite, parseSitePath } from './site-path';
import { SHAREPOINT_SLICE, sharePointStateSchema, type Site } from './state';
import { check, resolved, resolveThen, type Step } from '../route-helper';

const METHODS: HttpMethod[] = ['GET', 'POST', 'PATCH', 'DELETE'];

/**
 * One route per method takes everything under `/sites/`: site ids contain commas, paths contain
 * `:/`, and lists are addressed by title, so the feature parses the rest itself.
 */
export const sharePointFeature: TenantFeature = {
  name: 'sharepoint',
  register(routes, ctx) {
    const sp = ctx.store.slice(SHAREPOINT_SLICE, sharePointStateSchema, () =>
      buildSharePointStateFor(ctx.store.state, ctx.clock.now()),
    );
    const permitted = check((req) => requireSitesPermission(req.caller));
    const site: Step<{ site: Site; segments: string[] }> = (req) => {
      const path = parseSitePath(req.params.rest ?? '');
      const found = findSite(sp.get(), path.selector);
      return found.ok ? resolved({ site: found.site, segments: path.segments }) : found;
    };
    for (const method of METHODS) {
      routes.graph(method, '/sites/{*rest}', (req) =>
        resolveThen(req, { permitted, site }, ({ site: at }) =>
          routeSiteCall({ ctx, req, sp, site: at.site }, at.segments),
        ),
      );
    }
  },
  seed: seedSharePoint,
};
