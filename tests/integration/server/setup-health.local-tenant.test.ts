import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  provision,
  resolveLists,
  SHAREPOINT_SCOPES,
  type ListIds,
  type ListKey,
} from '../../../src/adapters/graph/sharepoint';
import { API_APP_ID, API_CLIENT_SECRET, type LocalTenant } from '../../../src/local-tenant';
import { createCareerApi, type CareerApi } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import type { ServerLog } from '../../../src/server/deps';
import { createGraphDeps } from '../../../src/server/runtime/graph-deps';
import { API_SCOPE, FATIMA, spaSignIn } from '../local-tenant/helpers';
import { connectToTenant, type RecordingGraph } from '../ports/sharepoint-harness';

/**
 * Setup health as deployed, against the local tenant: it reads each list's columnDefinitions
 * and names the columns whose index (or unique constraint) is gone, with how to put it right.
 */
let tenant: LocalTenant;
let graph: RecordingGraph;
let siteId: string;
let lists: ListIds;
let api: CareerApi;
let hrToken: string;

const quiet: ServerLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

interface Check {
  id: string;
  ok: boolean;
  detail: string;
}

async function health(): Promise<{ ok: boolean; checks: Check[] }> {
  const response = await api.request('/api/hr/setup-health', {
    headers: { authorization: `Bearer ${hrToken}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { ok: boolean; checks: Check[] };
}

const column = z.object({ id: z.string(), name: z.string() });

/** Changes a column the way an admin would in the list settings. */
async function changeColumn(list: ListKey, name: string, patch: Record<string, boolean>) {
  const columnsPath = `/sites/${siteId}/lists/${lists[list]}/columns`;
  const columns = await graph.send({ method: 'GET', path: columnsPath, scopes: SHAREPOINT_SCOPES });
  const found = z
    .object({ value: z.array(column) })
    .parse(columns.body)
    .value.find((c) => c.name === name);
  expect(found, name).toBeDefined();
  await graph.send({
    method: 'PATCH',
    path: `${columnsPath}/${found?.id ?? ''}`,
    body: patch,
    scopes: SHAREPOINT_SCOPES,
  });
}

beforeAll(async () => {
  ({ tenant, graph, siteId } = await connectToTenant());
  const config = loadConfig({
    // The local tenant serves plain http on loopback.
    TENANT_MODE: 'local',
    TENANT_ID: tenant.tenantId,
    API_CLIENT_ID: API_APP_ID,
    API_CLIENT_SECRET,
    AUTHORITY_HOST: tenant.url,
    GRAPH_BASE_URL: tenant.graphUrl,
    SHAREPOINT_SITE_ID: siteId,
    APP_ORIGINS: 'http://localhost:5173',
    ALLOWED_CLIENT_APPS: tenant.spaClientId,
  });
  api = createCareerApi(await createGraphDeps(config, { provisionOnStart: true, log: quiet }));
  lists = await resolveLists(graph, siteId);
  hrToken = (await spaSignIn(tenant, FATIMA, API_SCOPE)).access_token;
}, 60_000);

afterAll(async () => {
  await tenant.close();
});

describe('setup health over the local tenant', () => {
  it('checks every list’s columns and indexes, all there after provisioning', async () => {
    const report = await health();
    expect(report.ok, JSON.stringify(report.checks)).toBe(true);
    const ids = report.checks.map((c) => c.id);
    for (const key of Object.keys(lists)) expect(ids).toContain(`columns:${key}`);
  });

  it('names a column whose index was removed, and the list it is in, with the fix', async () => {
    await changeColumn('commitments', 'due', { indexed: false });
    await changeColumn('conversations', 'conversationId', { enforceUniqueValues: false });
    const report = await health();
    expect(report.ok).toBe(false);
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    const commitments = byId.get('columns:commitments');
    expect(commitments?.ok).toBe(false);
    expect(commitments?.detail).toContain('Not indexed: due.');
    expect(commitments?.detail).toContain('Run provisioning');
    expect(commitments?.detail).toContain('Indexed columns');
    const conversations = byId.get('columns:conversations');
    expect(conversations?.detail).toContain('Unique values not enforced: conversationId.');
    const healthy = report.checks.filter(
      (c) =>
        c.id.startsWith('columns:') && !['commitments', 'conversations'].includes(c.id.slice(8)),
    );
    expect(healthy.length).toBe(Object.keys(lists).length - 2);
    expect(healthy.every((c) => c.ok)).toBe(true);
    // The store that queries on `due` fails its probe too: the index check says why.
    expect(byId.get('commitments')?.ok).toBe(false);
  });

  it('is healthy again once provisioning puts the indexes back', async () => {
    const repaired = await provision(graph, siteId);
    expect(repaired.indexed).toContain('CareerCommitments.due');
    expect(repaired.problems).toEqual([]);
    const report = await health();
    expect(report.ok, JSON.stringify(report.checks)).toBe(true);
  });
});
