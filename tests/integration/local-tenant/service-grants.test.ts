import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CLIENT_SECRET, type LocalTenant } from '../../../src/local-tenant';
import {
  API_SCOPE,
  PRIYA,
  apiAppToken,
  claimsOf,
  graph,
  postToken,
  spaSignIn,
  startTenant,
} from './helpers';

describe('client credentials and on-behalf-of', () => {
  let tenant: LocalTenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('gives the career API an app-only Graph token with its granted application permissions', async () => {
    const claims = claimsOf(await apiAppToken(tenant));
    expect(claims).toMatchObject({
      aud: 'https://graph.microsoft.com',
      appid: tenant.apiClientId,
      idtyp: 'app',
      ver: '1.0',
    });
    expect(claims.roles).toEqual(['Sites.Selected', 'User.Read.All', 'TeamsActivity.Send']);
    expect(claims.scp).toBeUndefined();
  });

  it('accepts client_secret_basic as well as client_secret_post', async () => {
    const basic = Buffer.from(
      `${tenant.apiClientId}:${encodeURIComponent(API_CLIENT_SECRET)}`,
    ).toString('base64');
    const result = await postToken(
      tenant,
      { grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' },
      { authorization: `Basic ${basic}` },
    );
    expect(result.status).toBe(200);
  });

  it('answers client errors as Entra does', async () => {
    const wrongSecret = await postToken(tenant, {
      client_id: tenant.apiClientId,
      client_secret: 'nope',
      grant_type: 'client_credentials',
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.json).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });
    expect(String(wrongSecret.json.error_description)).toMatch(
      /^AADSTS7000215: Invalid client secret provided\..* Trace ID: .* Correlation ID: .* Timestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/,
    );

    const noSecret = await postToken(tenant, {
      client_id: tenant.apiClientId,
      grant_type: 'client_credentials',
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(noSecret.json).toMatchObject({ error: 'invalid_client', error_codes: [7000218] });

    const unknown = await postToken(tenant, {
      client_id: '99999999-0000-0000-0000-000000000000',
      client_secret: 'x',
      grant_type: 'client_credentials',
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({ error: 'unauthorized_client', error_codes: [700016] });

    const notDefault = await postToken(tenant, {
      client_id: tenant.apiClientId,
      client_secret: API_CLIENT_SECRET,
      grant_type: 'client_credentials',
      scope: 'https://graph.microsoft.com/User.Read.All',
    });
    expect(notDefault.json).toMatchObject({ error: 'invalid_scope', error_codes: [1002012] });

    const publicWithSecret = await postToken(tenant, {
      client_id: tenant.spaClientId,
      client_secret: 'x',
      grant_type: 'refresh_token',
      refresh_token: 'x',
    });
    expect(publicWithSecret.json).toMatchObject({ error: 'invalid_client', error_codes: [700025] });

    const fromBrowser = await postToken(
      tenant,
      {
        client_id: tenant.apiClientId,
        client_secret: API_CLIENT_SECRET,
        grant_type: 'client_credentials',
        scope: 'https://graph.microsoft.com/.default',
      },
      { origin: 'http://localhost:5173' },
    );
    expect(fromBrowser.json).toMatchObject({ error: 'invalid_request', error_codes: [9002326] });

    const grant = await postToken(tenant, {
      client_id: tenant.apiClientId,
      client_secret: API_CLIENT_SECRET,
      grant_type: 'password',
    });
    expect(grant.json).toMatchObject({ error: 'unsupported_grant_type', error_codes: [70003] });
  });

  it('exchanges the user token for the API for a Graph token as the same user (OBO)', async () => {
    const userToken = (await spaSignIn(tenant, PRIYA, API_SCOPE)).access_token;
    const obo = await postToken(tenant, {
      client_id: tenant.apiClientId,
      client_secret: API_CLIENT_SECRET,
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: userToken,
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(obo.status, JSON.stringify(obo.json)).toBe(200);
    const claims = claimsOf(String(obo.json.access_token));
    expect(claims).toMatchObject({
      appid: tenant.apiClientId,
      oid: claimsOf(userToken).oid,
      upn: PRIYA,
      appidacr: '1',
    });
    expect(String(claims.scp).split(' ')).toEqual(
      expect.arrayContaining(['User.Read', 'User.Read.All']),
    );
    expect(String(claims.scp)).not.toContain('Calendars');
    const reports = await graph(tenant, String(obo.json.access_token), '/me/directReports');
    expect((reports.body.value as unknown[]).length).toBe(12);
  });

  it('refuses OBO assertions meant for another audience or past their lifetime', async () => {
    const graphToken = (await spaSignIn(tenant, PRIYA)).access_token;
    const wrongAudience = await postToken(tenant, {
      client_id: tenant.apiClientId,
      client_secret: API_CLIENT_SECRET,
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: graphToken,
      scope: 'User.Read',
    });
    expect(wrongAudience.json).toMatchObject({ error: 'invalid_grant', error_codes: [50013] });
    expect(String(wrongAudience.json.error_description)).toContain(
      "The audience in the assertion was 'https://graph.microsoft.com'",
    );

    const apiToken = (await spaSignIn(tenant, PRIYA, API_SCOPE)).access_token;
    tenant.clock.advance(2 * 3600 * 1000);
    const expired = await postToken(tenant, {
      client_id: tenant.apiClientId,
      client_secret: API_CLIENT_SECRET,
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: apiToken,
      scope: 'User.Read',
    });
    expect(expired.json).toMatchObject({ error: 'invalid_grant', error_codes: [500133] });
  });
});
