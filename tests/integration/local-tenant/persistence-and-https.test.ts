import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIYA, graph, spaSignIn, startTenant } from './helpers';

function httpsGet(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('persistence in a data folder, and https', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'local-tenant-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps people, keys, the clock and refresh tokens across a restart', async () => {
    const first = await startTenant({ dataDir });
    const tokens = await spaSignIn(first, PRIYA);
    first.clock.advance(3 * 24 * 3600 * 1000);
    first.state.update((state) => {
      const liam = state.users.find((u) => u.userPrincipalName.startsWith('liam.'));
      if (liam) liam.jobTitle = 'Staff Software Engineer';
    });
    const offset = first.clock.offsetMs;
    await first.close();

    const saved = JSON.parse(await readFile(join(dataDir, 'state.json'), 'utf8')) as {
      users: unknown[];
    };
    expect(saved.users).toHaveLength(30);

    // Same port: the issuer names the host, so tokens from another port would not verify.
    const second = await startTenant({
      dataDir,
      seed: 'empty',
      port: Number(new URL(first.url).port),
    });
    expect(Math.abs(second.clock.offsetMs - offset)).toBeLessThan(5000);
    const liam = await graph(
      second,
      tokens.access_token,
      '/users/liam.oconnor@contoso-demo.example?$select=jobTitle',
    );
    // The clock moved three days on, so the earlier token has expired.
    expect(liam.status).toBe(401);
    const refreshed = await fetch(`${second.authority}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost:5173',
      },
      body: new URLSearchParams({
        client_id: second.spaClientId,
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        scope: 'User.Read offline_access',
      }).toString(),
    });
    // A SPA refresh token lives 24 hours at most, even across restarts.
    expect(((await refreshed.json()) as { error_codes: number[] }).error_codes).toEqual([700084]);
    // Back in time, the same signing key (kept in state) verifies it again.
    second.clock.advance(-3 * 24 * 3600 * 1000);
    const again = await graph(
      second,
      tokens.access_token,
      '/users/liam.oconnor@contoso-demo.example?$select=jobTitle',
    );
    expect(again.body, JSON.stringify(again.body)).toMatchObject({
      jobTitle: 'Staff Software Engineer',
    });
    await second.close();
  });

  it('reseeds when the saved state is unreadable rather than trusting it', async () => {
    await writeFile(join(dataDir, 'state.json'), '{"version": 1, "users": "not a list"}');
    const tenant = await startTenant({ dataDir, seed: 'empty' });
    expect(tenant.state.state.users).toHaveLength(0);
    expect(tenant.state.state.seed).toBe('empty');
    await tenant.close();
  });

  it('serves https with a certificate valid for 127.0.0.1, as MSAL needs an https authority', async () => {
    const tenant = await startTenant({ dataDir, https: true });
    expect(tenant.url.startsWith('https://127.0.0.1:')).toBe(true);
    const { certPem } = JSON.parse(await readFile(join(dataDir, 'tls.json'), 'utf8')) as {
      certPem: string;
    };
    const response = await httpsGet(
      `${tenant.authority}/v2.0/.well-known/openid-configuration`,
      certPem,
    );
    expect(response.status).toBe(200);
    expect((JSON.parse(response.body) as { issuer: string }).issuer).toBe(
      `${tenant.url}/${tenant.tenantId}/v2.0`,
    );
    await tenant.close();
  });
});
