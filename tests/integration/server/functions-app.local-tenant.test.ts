import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveLists, SHAREPOINT_SCOPES } from '../../../src/adapters/graph/sharepoint';
import { API_APP_ID, API_CLIENT_SECRET, type LocalTenant } from '../../../src/local-tenant';
import type { FunctionsHandler } from '../../../src/server/functions/functions-handler';
import { buildApi } from '../../../scripts/build-api';
import { API_SCOPE, PRIYA, spaSignIn } from '../local-tenant/helpers';
import { connectToTenant, type RecordingGraph } from '../ports/sharepoint-harness';

/**
 * The career API as Azure Functions runs it: `npm run build:api`'s output, loaded the way the
 * Functions Node worker loads it (require of package.json's `main`), configured by app settings
 * for the local tenant, and answering through its registered handler on a site with no lists yet.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
let outDir: string;
let tenant: LocalTenant;
let graph: RecordingGraph;
let siteId: string;
let handler: FunctionsHandler;

interface FunctionsPackage {
  main: string;
  type?: string;
  dependencies: Record<string, string>;
}

beforeAll(async () => {
  // Inside the repository, so the bundle finds `@azure/functions` in node_modules as it would
  // in the deployed app's own node_modules.
  await mkdir(join(ROOT, 'dist'), { recursive: true });
  outDir = await mkdtemp(join(ROOT, 'dist', 'api-test-'));
  await buildApi(outDir);
  ({ tenant, graph, siteId } = await connectToTenant());
  vi.stubEnv('TENANT_MODE', 'local');
  vi.stubEnv('TENANT_ID', tenant.tenantId);
  vi.stubEnv('API_CLIENT_ID', API_APP_ID);
  vi.stubEnv('API_CLIENT_SECRET', API_CLIENT_SECRET);
  vi.stubEnv('AUTHORITY_HOST', tenant.url);
  vi.stubEnv('GRAPH_BASE_URL', tenant.graphUrl);
  vi.stubEnv('SHAREPOINT_SITE_ID', siteId);
  vi.stubEnv('APP_ORIGINS', 'https://app.contoso.example');
  vi.stubEnv('ALLOWED_CLIENT_APPS', tenant.spaClientId);
  vi.stubEnv('PROVISION_ON_START', 'true');
  const pkg = JSON.parse(await readFile(join(outDir, 'package.json'), 'utf8')) as FunctionsPackage;
  const built = createRequire(import.meta.url)(join(outDir, pkg.main)) as {
    careerApiHandler: FunctionsHandler;
  };
  handler = built.careerApiHandler;
}, 60_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await tenant.close();
  await rm(outDir, { recursive: true, force: true });
});

async function invoke(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ response: HttpResponseInit; text: string }> {
  const request = new HttpRequest({
    method: 'GET',
    url: `https://career-api.azurewebsites.net${path}`,
    headers,
  });
  const response = await handler(request, new InvocationContext({ functionName: 'career-api' }));
  const body = response.body;
  return {
    response,
    text: body instanceof Uint8Array ? new TextDecoder().decode(body) : '',
  };
}

describe('the career API built for Azure Functions', () => {
  it('is a Functions app folder: package.json naming the bundle and its one runtime dependency, host.json keeping /api', async () => {
    const pkg = JSON.parse(
      await readFile(join(outDir, 'package.json'), 'utf8'),
    ) as FunctionsPackage;
    expect(pkg.main).toBe('index.js');
    expect(pkg.type).toBeUndefined();
    expect(Object.keys(pkg.dependencies)).toEqual(['@azure/functions']);
    const host = JSON.parse(await readFile(join(outDir, 'host.json'), 'utf8')) as {
      version: string;
      extensions: { http: { routePrefix: string } };
    };
    expect(host.version).toBe('2.0');
    expect(host.extensions.http.routePrefix).toBe('api');
  });

  it('bundles no part of the local tenant', async () => {
    const bundle = await readFile(join(outDir, 'index.js'), 'utf8');
    expect(bundle).not.toContain(API_CLIENT_SECRET);
    expect(bundle).not.toContain('contosodemo');
    expect(bundle).not.toContain('contoso-demo.example');
  });

  it('provisions the empty site before its first answer (PROVISION_ON_START) and serves the team', async () => {
    await expect(resolveLists(graph, siteId)).rejects.toThrow();
    const token = (await spaSignIn(tenant, PRIYA, API_SCOPE)).access_token;
    const { response, text } = await invoke('/api/team?tz=Europe/London', {
      authorization: `Bearer ${token}`,
    });
    expect(response.status, text).toBe(200);
    expect((JSON.parse(text) as { reports: unknown[] }).reports.length).toBeGreaterThan(0);
    await expect(resolveLists(graph, siteId)).resolves.toBeDefined();
    const site = await graph.send({
      method: 'GET',
      path: `/sites/${siteId}/lists`,
      scopes: SHAREPOINT_SCOPES,
    });
    expect((site.body as { value: unknown[] }).value.length).toBeGreaterThan(0);
  });

  it('refuses a call without a token with 401', async () => {
    const { response } = await invoke('/api/team');
    expect(response.status).toBe(401);
  });
});
