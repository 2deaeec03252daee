import { resolveLists, type SharePointGraph } from '../../adapters/graph/sharepoint';
import { isPortError } from '../../app/ports';
import { toIsoInstant, type Clock } from '../../domain';
import type { SetupHealth } from '../../app/api-schemas/hr';

/**
 * Setup health on SharePoint: the site answers with the API's own permission, every list of the
 * schema is there, then each store answers an indexed query (`probe`). Read-only throughout.
 * Index presence itself is not inspected here (see docs/api.md, "Setup health").
 */
export function sharePointHealth(
  graph: SharePointGraph,
  siteId: string,
  probe: () => Promise<SetupHealth>,
  clock: Clock,
): () => Promise<SetupHealth> {
  return async () => {
    let lists: SetupHealth['checks'][number];
    try {
      await resolveLists(graph, siteId);
      lists = { id: 'lists', label: 'The site and its lists are there', ok: true, detail: 'OK' };
    } catch (error) {
      const detail = isPortError(error, 'not-found')
        ? 'A list is missing. Run provisioning for the career site.'
        : isPortError(error, 'forbidden')
          ? 'The API app is not granted the site. Grant it Sites.Selected on the career site.'
          : 'The site could not be reached. Check SHAREPOINT_SITE_ID and try again.';
      lists = { id: 'lists', label: 'The site and its lists are there', ok: false, detail };
    }
    const stores = await probe();
    const checks = [lists, ...stores.checks];
    return { ok: checks.every((c) => c.ok), checkedAt: toIsoInstant(clock.now()), checks };
  };
}
