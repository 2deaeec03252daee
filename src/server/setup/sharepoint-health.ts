import {
  inspectLists,
  listMatches,
  type ListInspection,
  type SharePointGraph,
} from '../../adapters/graph/sharepoint';
import { isPortError } from '../../app/ports';
import { toIsoInstant, type Clock } from '../../domain';
import type { SetupHealth } from '../../app/api-schemas/hr';

type Check = SetupHealth['checks'][number];

const PROVISION =
  'Run provisioning for the career site again (`npm run provision -- --site <site address>`; the API app needs Sites.Selected `manage` for it), or start the API once with PROVISION_ON_START=true: it adds missing columns and indexes existing ones.';
const BY_HAND =
  'Or, in SharePoint, open the list’s settings, then Indexed columns, and create an index on each column named.';

function siteAdvice(error: unknown): string {
  if (isPortError(error, 'forbidden'))
    return 'The API app is not granted the site. Grant it Sites.Selected on the career site.';
  if (isPortError(error, 'not-found'))
    return 'The site was not found. Check SHAREPOINT_SITE_ID (hostname,siteCollectionId,webId).';
  if (isPortError(error, 'unauthenticated'))
    return 'The API could not sign in. Check API_CLIENT_ID and API_CLIENT_SECRET.';
  return 'The site could not be reached. Check SHAREPOINT_SITE_ID and try again.';
}

/** One list's columns and indexes: what is wrong and how to put it right, names only. */
function columnsCheck(inspection: ListInspection): Check {
  const id = `columns:${inspection.key}`;
  const label = `${inspection.displayName} has its columns and indexes`;
  if (!inspection.present) {
    return { id, label, ok: false, detail: 'The list is missing. Run provisioning first.' };
  }
  if (listMatches(inspection)) return { id, label, ok: true, detail: 'OK' };
  const indexedMissing = inspection.missingColumns.filter((c) => c.indexed).map((c) => c.name);
  const otherMissing = inspection.missingColumns.filter((c) => !c.indexed).map((c) => c.name);
  const problems = [
    inspection.notIndexed.length > 0 && `Not indexed: ${inspection.notIndexed.join(', ')}.`,
    indexedMissing.length > 0 && `Missing indexed columns: ${indexedMissing.join(', ')}.`,
    otherMissing.length > 0 && `Missing columns: ${otherMissing.join(', ')}.`,
    inspection.notUnique.length > 0 &&
      `Unique values not enforced: ${inspection.notUnique.join(', ')}.`,
    inspection.wrongType.length > 0 &&
      `Wrong type (provisioning cannot change it; recreate the column): ${inspection.wrongType.join('; ')}.`,
  ].filter((p): p is string => typeof p === 'string');
  const byHand = inspection.notIndexed.length > 0 ? ` ${BY_HAND}` : '';
  return { id, label, ok: false, detail: `${problems.join(' ')} ${PROVISION}${byHand}` };
}

/**
 * Setup health on SharePoint, read-only throughout: the site answers with the API's own
 * permission, every list of the schema is there with every column, each column queries filter
 * on is indexed (read from the lists' columnDefinitions), and each store answers an indexed query
 * (`probe`).
 */
export function sharePointHealth(
  graph: SharePointGraph,
  siteId: string,
  probe: () => Promise<SetupHealth>,
  clock: Clock,
): () => Promise<SetupHealth> {
  return async () => {
    const label = 'The site and its lists are there';
    let schema: Check[];
    try {
      const inspections = await inspectLists(graph, siteId);
      const missing = inspections.filter((i) => !i.present).map((i) => i.displayName);
      const lists: Check =
        missing.length === 0
          ? { id: 'lists', label, ok: true, detail: 'OK' }
          : {
              id: 'lists',
              label,
              ok: false,
              detail: `Missing: ${missing.join(', ')}. Run provisioning for the career site.`,
            };
      schema = [lists, ...inspections.map(columnsCheck)];
    } catch (error) {
      schema = [{ id: 'lists', label, ok: false, detail: siteAdvice(error) }];
    }
    const stores = await probe();
    const checks = [...schema, ...stores.checks];
    return { ok: checks.every((c) => c.ok), checkedAt: toIsoInstant(clock.now()), checks };
  };
}
