import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_APP_ID,
  GRAPH_RESOURCE,
  HR_ADMIN_ROLE,
  SPA_APP_ID,
  type LocalTenant,
} from '../../../src/local-tenant';
import { FATIMA, LIAM, PRIYA, claimsOf, graph, startTenant } from './helpers';
import { LOCAL_TEAMS_APP_ID } from '../../../src/local-tenant/teams-host/host-config';

/** The frame origin whose `brk-multihub://localhost:5173` the tenant registers by default. */
const FRAME_ORIGIN = 'https://localhost:5173';

async function broker(
  tenant: LocalTenant,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${tenant.url}/_local/teams/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      clientId: SPA_APP_ID,
      frameOrigin: FRAME_ORIGIN,
      persona: PRIYA,
      scope: 'User.Read',
      ...body,
    }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function aadsts(json: Record<string, unknown>): number | undefined {
  return (json.error_codes as number[] | undefined)?.[0];
}

describe('the local Teams host’s broker: tokens for the picked persona and the SPA client', () => {
  let tenant: LocalTenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('mints Graph access and id tokens for the persona, issued to the SPA client, without a refresh token', async () => {
    const minted = await broker(tenant, { persona: LIAM, scope: 'User.Read Calendars.ReadWrite' });
    expect(minted.status, JSON.stringify(minted.json)).toBe(200);
    const access = claimsOf(String(minted.json.access_token));
    const id = claimsOf(String(minted.json.id_token));
    expect(access.aud).toBe(GRAPH_RESOURCE);
    expect(access.appid).toBe(SPA_APP_ID);
    expect(access.upn).toBe(LIAM);
    expect(String(access.scp).split(' ')).toEqual(
      expect.arrayContaining(['User.Read', 'Calendars.ReadWrite']),
    );
    expect(id.aud).toBe(SPA_APP_ID);
    expect(id.preferred_username).toBe(LIAM);
    expect(id.tid).toBe(tenant.tenantId);
    expect(minted.json.refresh_token).toBeUndefined();
    // Graph accepts it as the persona's own token.
    const me = await graph(tenant, String(minted.json.access_token), '/me');
    expect(me.body.userPrincipalName).toBe(LIAM);
  });

  it('mints a v2 career API token carrying the persona’s app roles', async () => {
    const minted = await broker(tenant, {
      persona: FATIMA,
      scope: `api://${API_APP_ID}/access_as_user`,
    });
    expect(minted.status, JSON.stringify(minted.json)).toBe(200);
    const access = claimsOf(String(minted.json.access_token));
    expect(access.aud).toBe(API_APP_ID);
    expect(access.azp).toBe(SPA_APP_ID);
    expect(access.ver).toBe('2.0');
    expect(access.roles).toEqual([HR_ADMIN_ROLE]);
    expect(access.preferred_username).toBe(FATIMA);
  });

  it('enforces the scope catalogue and admin consent as the token endpoint does', async () => {
    const unknown = await broker(tenant, { scope: 'User.Fly' });
    expect(unknown.status).toBe(400);
    expect(aadsts(unknown.json)).toBe(650053);

    const notConsented = await broker(tenant, { scope: 'Sites.Read.All' });
    expect(notConsented.status).toBe(400);
    expect(aadsts(notConsented.json)).toBe(65001);
    expect(notConsented.json.suberror).toBe('consent_required');

    const twoResources = await broker(tenant, {
      scope: `User.Read api://${API_APP_ID}/access_as_user`,
    });
    expect(twoResources.status).toBe(400);
    expect(aadsts(twoResources.json)).toBe(28000);
  });

  it('serves only a registered SPA whose brk-multihub redirect URI names the frame’s origin', async () => {
    const unknownClient = await broker(tenant, {
      clientId: '11111111-2222-3333-4444-555555555555',
    });
    expect(aadsts(unknownClient.json)).toBe(700016);

    const otherOrigin = await broker(tenant, { frameOrigin: 'https://elsewhere.example' });
    expect(otherOrigin.status).toBe(400);
    expect(aadsts(otherOrigin.json)).toBe(50011);
    expect(String(otherOrigin.json.error_description)).toContain(
      'brk-multihub://elsewhere.example',
    );

    // The career API's own registration has no broker redirect URI: not a nested app.
    const api = await broker(tenant, { clientId: API_APP_ID });
    expect(aadsts(api.json)).toBe(50011);

    const otherTenant = await broker(tenant, { authority: 'https://localhost:5173/not-a-tenant' });
    expect(aadsts(otherTenant.json)).toBe(90002);
  });

  it('refuses a persona who is not an enabled person of the tenant', async () => {
    const nobody = await broker(tenant, { persona: 'nobody@contoso-demo.example' });
    expect(nobody.status).toBe(400);
    expect(aadsts(nobody.json)).toBe(50034);
  });

  it('answers no other site: a page elsewhere cannot have tokens minted', async () => {
    const crossSite = await broker(tenant, {}, { origin: 'https://attacker.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.json.access_token).toBeUndefined();
  });
});

describe('the local Teams host page', () => {
  let tenant: LocalTenant;
  beforeAll(async () => {
    tenant = await startTenant({ appOrigin: FRAME_ORIGIN });
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('frames the manifest’s static tab on the app’s origin, signed in as the persona asked for', async () => {
    const response = await fetch(`${tenant.url}/_local/teams?persona=yuki.nakamura&theme=dark`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain(`frame-src ${FRAME_ORIGIN}`);
    const page = await response.text();
    const json = /<script type="application\/json" id="teams-host-config">(.*?)<\/script>/s.exec(
      page,
    )?.[1];
    const config = JSON.parse(json ?? '{}') as Record<string, unknown>;
    expect(config.contentUrl).toBe(`${FRAME_ORIGIN}/index.html?host=teams`);
    expect(config.entityId).toBe('career-home');
    expect(config.theme).toBe('dark');
    expect(config.naa).toBe(true);
    expect((config.persona as { userPrincipalName: string }).userPrincipalName).toBe(
      'yuki.nakamura@contoso-demo.example',
    );
    expect(page).toContain('<option value="side-panel">Meeting side panel (320 px)</option>');
  });

  it('starts without nested app auth on request, and refuses settings it does not know', async () => {
    const off = await (await fetch(`${tenant.url}/_local/teams?naa=off`)).text();
    expect(off).toContain('"naa":false');
    for (const query of [
      'theme=neon',
      'frame=stage',
      'persona=nobody',
      'content=//evil.example/',
    ]) {
      expect((await fetch(`${tenant.url}/_local/teams?${query}`)).status, query).toBe(400);
    }
  });

  it('opens a Teams deep link from a mail onto its sub-page, and refuses links Teams would not open here', async () => {
    const hostConfig = async (query: string): Promise<Record<string, unknown>> => {
      const page = await (await fetch(`${tenant.url}/_local/teams?${query}`)).text();
      const json = /<script type="application\/json" id="teams-host-config">(.*?)<\/script>/s.exec(
        page,
      )?.[1];
      return JSON.parse(json ?? '{}') as Record<string, unknown>;
    };
    const context = encodeURIComponent(JSON.stringify({ subEntityId: 'contract/abc' }));
    const link = `https://teams.microsoft.com/l/entity/${LOCAL_TEAMS_APP_ID}/career-home?context=${context}`;
    expect((await hostConfig(`link=${encodeURIComponent(link)}`)).subPageId).toBe('contract/abc');

    const otherApp = link.replace(LOCAL_TEAMS_APP_ID, '00000000-0000-0000-0000-000000000001');
    for (const query of [
      `link=${encodeURIComponent(otherApp)}`,
      `link=${encodeURIComponent('https://example.com/')}`,
      `link=${encodeURIComponent(link)}&subPageId=my-development`,
    ]) {
      expect((await fetch(`${tenant.url}/_local/teams?${query}`)).status, query).toBe(400);
    }
  });

  it('serves its browser modules as JavaScript', async () => {
    const script = await fetch(`${tenant.url}/_local/teams/scripts/host-script.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    const source = await script.text();
    expect(source).toContain('from "./protocol.js"');
    expect(source).not.toContain(': HostConfig');
    expect((await fetch(`${tenant.url}/_local/teams/scripts/register.js`)).status).toBe(404);
  });
});
