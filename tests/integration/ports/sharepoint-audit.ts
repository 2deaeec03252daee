import type { BatchStep, GraphCall } from '../../../src/adapters/graph/client';
import {
  columnsInFilter,
  LIST_KEYS,
  SHAREPOINT_LISTS,
  type ListIds,
} from '../../../src/adapters/graph/sharepoint';

type Call = GraphCall | BatchStep;

/** The `$filter`s and `$orderby`s the requests carry, with the list each went to. */
export function queriesIn(
  calls: readonly Call[],
  lists: ListIds,
): { list: string; query: string }[] {
  const byId = new Map(LIST_KEYS.map((key) => [lists[key].toLowerCase(), key]));
  return calls.flatMap((call) => {
    const url = new URL(call.path, 'http://graph.invalid');
    const read = (name: string) => {
      const value = call.query?.[name];
      return typeof value === 'string' ? value : url.searchParams.get(name);
    };
    // An $orderby needs an index just as a $filter does.
    const query = [read('$filter'), read('$orderby')].filter((v) => v !== null).join(' and ');
    if (query === '') return [];
    const listId = /\/lists\/([^/?]+)/.exec(decodeURIComponent(url.pathname))?.[1] ?? '';
    return [{ list: byId.get(listId.toLowerCase()) ?? `unknown list ${listId}`, query }];
  });
}

/** Every column a query filtered or sorted on that the schema does not index. */
export function unindexedColumns(calls: readonly Call[], lists: ListIds): string[] {
  return queriesIn(calls, lists).flatMap(({ list, query }) => {
    const spec = Object.values(SHAREPOINT_LISTS).find((l) => l.key === list);
    return columnsInFilter(query)
      .filter((name) => spec?.columns.find((c) => c.name === name)?.indexed !== true)
      .map((name) => `${list}: ${name} in ${query}`);
  });
}

/** Requests that asked SharePoint to run non-indexed queries anyway. */
export function honouringNonIndexed(calls: readonly Call[]): Call[] {
  return calls.filter((call) =>
    Object.entries(call.headers ?? {}).some(
      ([name, value]) => name.toLowerCase() === 'prefer' && /HonorNonIndexed/i.test(value),
    ),
  );
}
