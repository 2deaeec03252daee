import { PortError } from '../../../app/ports';
import { segment } from '../client';
import { SHAREPOINT_SCOPES, type SharePointGraph } from './list-client';
import { LIST_KEYS, listSpec, type ListKey } from './schema';
import { collect, columnResource, listResource, sitePath, typeOf } from './site-columns';

/** How one list on the site compares with the schema. Empty arrays: nothing to put right. */
export interface ListInspection {
  key: ListKey;
  displayName: string;
  /** false: the list is not on the site (every other field is then empty). */
  present: boolean;
  /** Columns of the schema the list lacks; `indexed` when queries filter on them. */
  missingColumns: { name: string; indexed: boolean }[];
  /** Columns queries filter on that exist but are not indexed. */
  notIndexed: string[];
  /** Columns that must be unique (a race's second item refused) but do not enforce it. */
  notUnique: string[];
  /** `name: is note, expected text`. */
  wrongType: string[];
}

/**
 * A read-only comparison of the site's lists with the schema: the dry run of `provision`. One
 * request for the lists, one `$batch` for their columns (GET .../lists/{id}/columns, where each
 * columnDefinition says whether it is `indexed`). Needs only read access to the site.
 */
export async function inspectLists(
  graph: SharePointGraph,
  siteId: string,
): Promise<ListInspection[]> {
  const lists = await collect(graph, `${sitePath(siteId)}/lists`, listResource);
  const found = LIST_KEYS.map((key) => ({
    key,
    list: lists.find((l) => l.displayName === listSpec(key).displayName),
  }));
  const columnsPath = (listId: string) => `${sitePath(siteId)}/lists/${segment(listId)}/columns`;
  const outcomes = await graph.batch(
    found.flatMap(({ key, list }) =>
      list
        ? [
            {
              id: key,
              method: 'GET' as const,
              path: columnsPath(list.id),
              scopes: SHAREPOINT_SCOPES,
            },
          ]
        : [],
    ),
  );
  return Promise.all(
    found.map(async ({ key, list }) => {
      const spec = listSpec(key);
      const empty = { missingColumns: [], notIndexed: [], notUnique: [], wrongType: [] };
      if (!list) return { key, displayName: spec.displayName, present: false, ...empty };
      const outcome = outcomes.find((o) => o.id === key);
      if (!outcome) throw new PortError('unavailable', 'Microsoft 365 did not answer in full.');
      if (outcome.error) throw outcome.error;
      const columns = await collect(graph, columnsPath(list.id), columnResource, outcome.body);
      const inspection: ListInspection = {
        key,
        displayName: spec.displayName,
        present: true,
        ...empty,
      };
      for (const wanted of spec.columns) {
        const column = columns.find((c) => c.name === wanted.name);
        if (!column) {
          inspection.missingColumns.push({ name: wanted.name, indexed: wanted.indexed });
          continue;
        }
        const actual = typeOf(column);
        if (actual !== wanted.type) {
          inspection.wrongType.push(
            `${wanted.name}: is ${actual ?? 'of another type'}, expected ${wanted.type}`,
          );
        }
        if (wanted.indexed && column.indexed !== true) inspection.notIndexed.push(wanted.name);
        if (wanted.unique && column.enforceUniqueValues !== true) {
          inspection.notUnique.push(wanted.name);
        }
      }
      return inspection;
    }),
  );
}

/** Whether the list matches the schema in everything the stores rely on. */
export function listMatches(inspection: ListInspection): boolean {
  return (
    inspection.present &&
    inspection.missingColumns.length === 0 &&
    inspection.notIndexed.length === 0 &&
    inspection.notUnique.length === 0 &&
    inspection.wrongType.length === 0
  );
}
