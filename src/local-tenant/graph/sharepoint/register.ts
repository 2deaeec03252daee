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
import { SHAREPOINT_SLICE, sharePointStateSchema } from './state';

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
    for (const method of METHODS) {
      routes.graph(method, '/sites/{*rest}', (req) => {
        const denied = requireSitesPermission(req.caller);
        if (denied) return denied;
        const path = parseSitePath(req.params.rest ?? '');
        const found = findSite(sp.get(), path.selector);
        if (!found.ok) return found.reply;
        return routeSiteCall({ ctx, req, sp, site: found.site }, path.segments);
      });
    }
  },
  seed: seedSharePoint,
};
