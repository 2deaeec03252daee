import { expect } from 'vitest';
import {
  createGraphClient,
  type BatchStep,
  type GraphCall,
} from '../../../src/adapters/graph/client';
import {
  columnsInFilter,
  createSharePointStores,
  LIST_KEYS,
  provision,
  SHAREPOINT_LISTS,
  SHAREPOINT_SCOPES,
  type DataProblem,
  type ListIds,
  type SharePointGraph,
  type SharePointStores,
} from '../../../src/adapters/graph/sharepoint';
import type { LocalTenant } from '../../../src/local-tenant';
import { apiAppToken, startTenant } from '../local-tenant/helpers';

/** The career site as the product addresses it: by host name and path, as on a real tenant. */
export const CAREER_SITE = '/sites/contosodemo.sharepoint.com:/sites/career-conversations';

/** Wraps the Graph client and keeps every request it sends, batch steps included. */
export class RecordingGraph implements SharePointGraph {
  readonly calls: (GraphCall | BatchStep)[] = [];

  constructor(private readonly inner: SharePointGraph) {}

  get root(): string {
    return this.inner.root;
  }

  send: SharePointGraph['send'] = (call) => {
    this.calls.push(call);
    return this.inner.send(call);
  };

  batch: SharePointGraph['batch'] = (steps) => {
    this.calls.push(...steps);
    return this.inner.batch(steps);
  };
}

export interface SharePointHarness {
  tenant: LocalTenant;
  graph: RecordingGraph;
  siteId: string;
  lists: ListIds;
  stores: SharePointStores;
  problems: DataProblem[];
  close(): Promise<void>;
}

/** A local tenant and an app-only Graph client for the career API, with the career site's id. */
export async function connectToTenant(): Promise<{
  tenant: LocalTenant;
  graph: RecordingGraph;
  siteId: string;
}> {
  const tenant = await startTenant();
  const token = await apiAppToken(tenant);
  const graph = new RecordingGraph(
    createGraphClient({ baseUrl: tenant.graphUrl, getAccessToken: () => Promise.resolve(token) }),
  );
  const site = await graph.send({ method: 'GET', path: CAREER_SITE, scopes: SHAREPOINT_SCOPES });
  const siteId = (site.body as { id: string }).id;
  return { tenant, graph, siteId };
}

/** A local tenant with the lists provisioned, and the stores on an app-only Graph client. */
export async function startSharePoint(): Promise<SharePointHarness> {
  const { tenant, graph, siteId } = await connectToTenant();
  const report = await provision(graph, siteId);
  expect(report.problems).toEqual([]);
  const lists = report.lists as ListIds;
  const problems: DataProblem[] = [];
  const stores = createSharePointStores({
    graph,
    siteId,
    lists,
    onProblem: (p) => problems.push(p),
  });
  return { tenant, graph, siteId, lists, stores, problems, close: () => tenant.close() };
}

/** `$filter`s the recorded requests sent, with the list each was sent to. */
export function recordedFilters(harness: SharePointHarness): { list: string; filter: string }[] {
  const byId = new Map(LIST_KEYS.map((key) => [harness.lists[key].toLowerCase(), key]));
  return harness.graph.calls.flatMap((call) => {
    const fromQuery = call.query?.$filter;
    const url = new URL(call.path, 'http://graph.invalid');
    const filter = typeof fromQuery === 'string' ? fromQuery : url.searchParams.get('$filter');
    if (filter === null) return [];
    const listId =
      /\/lists\/([^/?]+)/.exec(decodeURIComponent(url.pathname))?.[1]?.toLowerCase() ?? '';
    return [{ list: byId.get(listId) ?? `unknown list ${listId}`, filter }];
  });
}

/** Fails if any recorded query filtered on a column the schema does not index. */
export function expectIndexedQueriesOnly(harness: SharePointHarness): void {
  const filters = recordedFilters(harness);
  expect(filters.length).toBeGreaterThan(0);
  const unindexed = filters.flatMap(({ list, filter }) => {
    const spec = Object.values(SHAREPOINT_LISTS).find((l) => l.key === list);
    return columnsInFilter(filter)
      .filter((name) => spec?.columns.find((c) => c.name === name)?.indexed !== true)
      .map((name) => `${list}: ${name} in ${filter}`);
  });
  expect(unindexed).toEqual([]);
  const honouring = harness.graph.calls.filter((call) =>
    Object.entries(call.headers ?? {}).some(
      ([name, value]) => name.toLowerCase() === 'prefer' && /HonorNonIndexed/i.test(value),
    ),
  );
  expect(honouring).toEqual([]);
}
