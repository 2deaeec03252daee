import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { quickXorHash } from '../../../../src/local-tenant/graph/files/quick-xor-hash';
import { LIAM, PRIYA, apiAppToken, errorOf, graph, spaSignIn, startTenant } from '../helpers';
import { mintGraphToken } from '../mail/mint-token';

const APPROOT = '/me/drive/special/approot';

async function put(
  tenant: LocalTenant,
  token: string,
  path: string,
  content: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${tenant.graphUrl}${path}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain', ...headers },
    body: content,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('files: the app folder in OneDrive', () => {
  let tenant: LocalTenant;
  let priya: string;
  let liam: string;
  beforeAll(async () => {
    tenant = await startTenant({ freezeClock: true, now: '2025-03-03T09:00:00Z' });
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
    liam = (await spaSignIn(tenant, LIAM)).access_token;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('creates the app folder on first access, named after the application', async () => {
    const root = await graph(tenant, priya, APPROOT);
    expect(root.status).toBe(200);
    expect(root.body).toMatchObject({
      name: 'Career Conversations',
      folder: { childCount: 0 },
      specialFolder: { name: 'approot' },
      parentReference: { driveType: 'business', path: '/drive/root:/Apps' },
    });
    expect(String(root.body['@odata.context'])).toMatch(/\/drive\/special\/\$entity$/);
    const again = await graph(tenant, priya, APPROOT);
    expect(again.body.id).toBe(root.body.id);
  });

  it('uploads a small file (201), replaces it (200) and returns eTag, cTag and a quickXorHash', async () => {
    const created = await put(
      tenant,
      priya,
      `${APPROOT}:/prep/liam.json:/content`,
      '{"notes":"v1"}',
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'liam.json',
      size: 14,
      file: {
        mimeType: 'application/json',
        hashes: { quickXorHash: quickXorHash(Buffer.from('{"notes":"v1"}')) },
      },
      parentReference: { path: '/drive/root:/Apps/Career Conversations/prep' },
    });
    expect(String(created.body.eTag)).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(String(created.body.cTag)).toMatch(/^"c:\{[0-9A-F-]{36}\},1"$/);
    const replaced = await put(
      tenant,
      priya,
      `${APPROOT}:/prep/liam.json:/content`,
      '{"notes":"v2"}',
    );
    expect(replaced.status).toBe(200);
    expect(replaced.body.id).toBe(created.body.id);
    expect(replaced.body.eTag).not.toBe(created.body.eTag);
    const meta = await graph(tenant, priya, `${APPROOT}:/prep/liam.json`);
    expect(meta.body.eTag).toBe(replaced.body.eTag);
    expect(String(meta.body['@microsoft.graph.downloadUrl'])).toContain(
      '/_layouts/15/download.aspx?',
    );
  });

  it('answers 412 when If-Match carries a stale eTag, and accepts the current one', async () => {
    const first = await put(tenant, priya, `${APPROOT}:/contract.json:/content`, 'a');
    const stale = String(first.body.eTag);
    const second = await put(tenant, priya, `${APPROOT}:/contract.json:/content`, 'b', {
      'if-match': stale,
    });
    expect(second.status).toBe(200);
    const conflict = await put(tenant, priya, `${APPROOT}:/contract.json:/content`, 'c', {
      'if-match': stale,
    });
    expect(conflict.status).toBe(412);
    expect(errorOf(conflict.body).code).toBe('resourceModified');
    const current = await put(tenant, priya, `${APPROOT}:/contract.json:/content`, 'c', {
      'if-match': String(second.body.eTag),
    });
    expect(current.status).toBe(200);
    const deleteStale = await graph(tenant, priya, `${APPROOT}:/contract.json`, {
      method: 'DELETE',
      headers: { 'if-match': stale },
    });
    expect(deleteStale.status).toBe(412);
  });

  it('honours conflictBehavior=fail (409 nameAlreadyExists), rename, and If-None-Match: *', async () => {
    const base = `${APPROOT}:/draft.txt:/content`;
    expect((await put(tenant, priya, base, 'one')).status).toBe(201);
    const fail = await put(tenant, priya, `${base}?@microsoft.graph.conflictBehavior=fail`, 'two');
    expect(fail.status).toBe(409);
    expect(errorOf(fail.body).code).toBe('nameAlreadyExists');
    const rename = await put(
      tenant,
      priya,
      `${base}?@microsoft.graph.conflictBehavior=rename`,
      'three',
    );
    expect(rename.status).toBe(201);
    expect(rename.body.name).toBe('draft 1.txt');
    const noneMatch = await put(tenant, priya, base, 'four', { 'if-none-match': '*' });
    expect(noneMatch.status).toBe(412);
    const fresh = await put(tenant, priya, `${APPROOT}:/brand-new.txt:/content`, 'five', {
      'if-none-match': '*',
    });
    expect(fresh.status).toBe(201);
  });

  it('downloads with a 302 to a short-lived pre-authenticated URL', async () => {
    await put(
      tenant,
      priya,
      `${APPROOT}:/notes.md:/content`,
      '# Prep\nAsk about the promotion case.',
    );
    const manual = await fetch(`${tenant.graphUrl}${APPROOT}:/notes.md:/content`, {
      headers: { authorization: `Bearer ${priya}` },
      redirect: 'manual',
    });
    expect(manual.status).toBe(302);
    const location = manual.headers.get('location') ?? '';
    expect(location).toContain('tempauth=');
    // The download URL needs no Authorization header.
    const download = await fetch(location);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('# Prep\nAsk about the promotion case.');
    // fetch follows the redirect by itself.
    const followed = await fetch(`${tenant.graphUrl}${APPROOT}:/notes.md:/content`, {
      headers: { authorization: `Bearer ${priya}` },
    });
    expect(await followed.text()).toContain('promotion case');
    const meta = await graph(tenant, priya, `${APPROOT}:/notes.md`);
    const unchanged = await fetch(`${tenant.graphUrl}${APPROOT}:/notes.md:/content`, {
      headers: { authorization: `Bearer ${priya}`, 'if-none-match': String(meta.body.cTag) },
      redirect: 'manual',
    });
    expect(unchanged.status).toBe(304);
    tenant.clock.advance(2 * 3_600_000);
    expect((await fetch(location)).status).toBe(401);
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
    liam = (await spaSignIn(tenant, LIAM)).access_token;
  });

  // https://learn.microsoft.com/graph/api/driveitem-get-content ("Downloading files in
  // JavaScript apps"): the 302 cannot be followed from a browser (CORS); JavaScript apps fetch
  // the item's @microsoft.graph.downloadUrl, which needs no Authorization header.
  it('blocks a browser following /content cross-origin; its downloadUrl works without a token and expires', async () => {
    const app = 'https://app.contoso.example';
    await put(tenant, priya, `${APPROOT}:/cors.md:/content`, 'Ask about the guild.');
    const redirected = await fetch(`${tenant.graphUrl}${APPROOT}:/cors.md:/content`, {
      headers: { authorization: `Bearer ${priya}`, origin: app },
      redirect: 'manual',
    });
    expect(redirected.status).toBe(302);
    const target = new URL(redirected.headers.get('location') ?? '');
    // Another origin, as Graph's redirect goes to SharePoint: the browser checks CORS there.
    expect(target.origin).not.toBe(new URL(tenant.graphUrl).origin);
    const preflight = await fetch(target, {
      method: 'OPTIONS',
      headers: {
        origin: app,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    // After a cross-origin redirect a browser sends `Origin: null` (or the app's origin).
    for (const origin of ['null', app]) {
      const followed = await fetch(target, { headers: { origin } });
      expect(followed.headers.get('access-control-allow-origin'), origin).toBeNull();
    }

    const meta = await graph(tenant, priya, `${APPROOT}:/cors.md`, {
      headers: { origin: app },
    });
    const downloadUrl = String(meta.body['@microsoft.graph.downloadUrl']);
    const direct = await fetch(downloadUrl, { headers: { origin: app } });
    expect(direct.status).toBe(200);
    expect(direct.headers.get('access-control-allow-origin')).toBe(app);
    expect(await direct.text()).toBe('Ask about the guild.');
    const selected = await graph(
      tenant,
      priya,
      `${APPROOT}:/cors.md?$select=id,eTag,@microsoft.graph.downloadUrl`,
    );
    expect(Object.keys(selected.body).sort()).toEqual(
      ['@microsoft.graph.downloadUrl', '@odata.context', 'eTag', 'id'].sort(),
    );
    tenant.clock.advance(3_600_000 + 1000);
    expect((await fetch(downloadUrl, { headers: { origin: app } })).status).toBe(401);
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
    liam = (await spaSignIn(tenant, LIAM)).access_token;
  });

  it('lists the app folder, reads by id and deletes', async () => {
    const children = await graph(tenant, priya, `${APPROOT}/children`);
    const names = (children.body.value as { name: string }[]).map((item) => item.name);
    expect(names).toEqual(expect.arrayContaining(['prep', 'notes.md', 'draft.txt']));
    const meta = await graph(tenant, priya, `${APPROOT}:/draft.txt`);
    const byId = await graph(tenant, priya, `/me/drive/items/${String(meta.body.id)}`);
    expect(byId.body.name).toBe('draft.txt');
    expect((await graph(tenant, priya, `${APPROOT}:/draft.txt`, { method: 'DELETE' })).status).toBe(
      204,
    );
    const gone = await graph(tenant, priya, `${APPROOT}:/draft.txt`);
    expect(gone.status).toBe(404);
    expect(errorOf(gone.body).code).toBe('itemNotFound');
  });

  it('keeps a manager’s private notes unreadable by anyone else (privacy canary)', async () => {
    const canary = `canary-${String(Date.now())}-private-prep-note`;
    const written = await put(tenant, priya, `${APPROOT}:/private/canary.txt:/content`, canary);
    expect(written.status).toBe(201);
    const driveId = (written.body.parentReference as { driveId: string }).driveId;
    const priyaId = String((await graph(tenant, priya, '/me')).body.id);
    const attempts: { who: string; token: string; path: string }[] = [];
    const appToken = await apiAppToken(tenant);
    const otherApp = await mintGraphToken(tenant, PRIYA, {
      scopes: ['Files.ReadWrite.AppFolder'],
      client: { appId: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', displayName: 'Another App' },
    });
    const liamFiles = await mintGraphToken(tenant, LIAM, { scopes: ['Files.ReadWrite.All'] });
    for (const suffix of [':/private/canary.txt:/content', ':/private/canary.txt']) {
      attempts.push(
        { who: 'report, own path', token: liam, path: `${APPROOT}${suffix}` },
        {
          who: 'report, by user',
          token: liam,
          path: `/users/${priyaId}/drive/special/approot${suffix}`,
        },
        {
          who: 'report, by UPN',
          token: liam,
          path: `/users/${PRIYA}/drive/special/approot${suffix}`,
        },
        {
          who: 'report, by drive',
          token: liam,
          path: `/drives/${driveId}/special/approot${suffix}`,
        },
        {
          who: 'report with Files.ReadWrite.All',
          token: liamFiles,
          path: `/drives/${driveId}/special/approot${suffix}`,
        },
        {
          who: 'app-only, by drive',
          token: appToken,
          path: `/drives/${driveId}/special/approot${suffix}`,
        },
        {
          who: 'app-only, by user',
          token: appToken,
          path: `/users/${priyaId}/drive/special/approot${suffix}`,
        },
        { who: 'same user, other app', token: otherApp, path: `${APPROOT}${suffix}` },
      );
    }
    for (const attempt of attempts) {
      const response = await fetch(`${tenant.graphUrl}${attempt.path}`, {
        headers: { authorization: `Bearer ${attempt.token}` },
      });
      const text = await response.text();
      expect([403, 404], `${attempt.who}: ${attempt.path}`).toContain(response.status);
      expect(text, attempt.who).not.toContain(canary);
    }
    const liamChildren = await graph(tenant, liam, `${APPROOT}/children`);
    expect(JSON.stringify(liamChildren.body)).not.toContain('canary');
    const otherRoot = await graph(tenant, otherApp, APPROOT);
    expect(otherRoot.body.name).toBe('Another App');
    const app = await graph(tenant, appToken, APPROOT);
    expect(app.status).toBe(400);
    // The owner still reads it.
    const own = await fetch(`${tenant.graphUrl}${APPROOT}:/private/canary.txt:/content`, {
      headers: { authorization: `Bearer ${priya}` },
    });
    expect(await own.text()).toBe(canary);
  });

  it('creates a missing app folder only for a caller that may write (read-only gets 403)', async () => {
    const YUKI = 'yuki.nakamura@contoso-demo.example';
    const readOnly = await mintGraphToken(tenant, YUKI, { scopes: ['Files.Read'] });
    const before = await graph(tenant, readOnly, APPROOT);
    expect(before.status).toBe(403);
    const writer = await mintGraphToken(tenant, YUKI, { scopes: ['Files.ReadWrite.AppFolder'] });
    expect((await graph(tenant, writer, APPROOT)).status).toBe(200);
    expect((await graph(tenant, readOnly, APPROOT)).status).toBe(200);
    const write = await put(tenant, readOnly, `${APPROOT}:/x.txt:/content`, 'x');
    expect(write.status).toBe(403);
  });

  it('needs a Files scope', async () => {
    const noFiles = await mintGraphToken(tenant, PRIYA, { scopes: ['User.Read'] });
    const denied = await graph(tenant, noFiles, APPROOT);
    expect(denied.status).toBe(403);
    expect(errorOf(denied.body).code).toBe('accessDenied');
  });
});
