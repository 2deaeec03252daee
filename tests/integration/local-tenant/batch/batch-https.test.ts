import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CLIENT_SECRET, type LocalTenant } from '../../../../src/local-tenant';
import { startTenant } from '../helpers';
import { CAREER_SITE_ID } from '../sharepoint/sp-helpers';

function post(
  url: string,
  ca: string,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', ca, headers: { 'content-type': contentType, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            json: JSON.parse(text) as Record<string, unknown>,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('JSON batching over https', () => {
  let dataDir: string;
  let tenant: LocalTenant;
  let ca: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'local-tenant-batch-'));
    tenant = await startTenant({ dataDir, https: true });
    ca = (JSON.parse(await readFile(join(dataDir, 'tls.json'), 'utf8')) as { certPem: string })
      .certPem;
  });
  afterAll(async () => {
    await tenant.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('sends the inner requests back to the https server', async () => {
    const token = await post(
      `${tenant.authority}/oauth2/v2.0/token`,
      ca,
      'application/x-www-form-urlencoded',
      new URLSearchParams({
        client_id: tenant.apiClientId,
        client_secret: API_CLIENT_SECRET,
        grant_type: 'client_credentials',
        scope: 'https://graph.microsoft.com/.default',
      }).toString(),
    );
    expect(token.status).toBe(200);
    const result = await post(
      `${tenant.graphUrl}/$batch`,
      ca,
      'application/json',
      JSON.stringify({ requests: [{ id: '1', method: 'GET', url: `/sites/${CAREER_SITE_ID}` }] }),
      { authorization: `Bearer ${String(token.json.access_token)}` },
    );
    expect(result.status).toBe(200);
    expect(result.json.responses).toMatchObject([
      { id: '1', status: 200, body: { id: CAREER_SITE_ID } },
    ]);
  });
});
