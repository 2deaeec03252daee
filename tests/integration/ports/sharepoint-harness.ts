import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGraphClient,
  type BatchStep,
  type GraphCall,
} from '../../../src/adapters/graph/client';
import {
  createSharePointStores,
  provision,
  SHAREPOINT_SCOPES,
  type DataProblem,
  type ListIds,
  type SharePointGraph,
  type SharePointStores,
} from '../../../src/adapters/graph/sharepoint';
import type { LocalTenant } from '../../../src/local-tenant';
import { apiAppToken, startTenant } from '../local-tenant/helpers';
import { honouringNonIndexed, queriesIn, unindexedColumns } from './sharepoint-audit';

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

/** Fails if any recorded query filtered or sorted on a column the schema does not index. */
export function expectIndexedQueriesOnly(harness: SharePointHarness): void {
  expect(queriesIn(harness.graph.calls, harness.lists).length).toBeGreaterThan(0);
  expect(unindexedColumns(harness.graph.calls, harness.lists)).toEqual([]);
  expect(honouringNonIndexed(harness.graph.calls)).toEqual([]);
}

/**
 * Runs a port's contract suite against its SharePoint store on a fresh local tenant, then checks
 * that every query the suite made stayed on indexed columns and that no list item was malformed.
 */
export function runAgainstSharePoint<T>(
  name: string,
  pick: (stores: SharePointStores) => T,
  describeSuite: (label: string, factory: () => Promise<T>) => void,
): void {
  let harness: SharePointHarness;
  beforeAll(async () => {
    harness = await startSharePoint();
  });
  afterAll(async () => {
    await harness.close();
  });

  describeSuite('SharePoint over the local tenant', () => Promise.resolve(pick(harness.stores)));

  describe(`${name} queries`, () => {
    it('filtered on indexed columns only, never asking to honour non-indexed queries', () => {
      expectIndexedQueriesOnly(harness);
    });

    it('found no bad data in the lists', () => {
      expect(harness.problems).toEqual([]);
    });
  });
}
