import { describe, expect, it } from 'vitest';
import { webConfigFrom } from '../../../scripts/deploy/web-config';
import { parseAppConfig } from '../../../src/web/auth/app-config';

const ENTRA = {
  TENANT_ID: '7e2a9c41-1b3d-4f5e-8a6b-9c0d1e2f3a4b',
  AAD_APP_CLIENT_ID: '2c1d8f4b-5a6e-4b7c-8d9e-0f1a2b3c4d5e',
  TEAMS_APP_ID: '0b6e4c4e-3f0d-4a43-9a43-6d0c1f0e2a11',
  APP_DOMAIN: 'career.contoso.com',
};

describe('the production /config.json', () => {
  it('parses with the app’s own config parser, pointing at Entra ID, Graph and the API scope', () => {
    const config = parseAppConfig(webConfigFrom(ENTRA));
    expect(config).toEqual({
      tenantMode: 'entra',
      clientId: ENTRA.AAD_APP_CLIENT_ID,
      authority: `https://login.microsoftonline.com/${ENTRA.TENANT_ID}`,
      knownAuthorities: [],
      // Entra's own openid-configuration for the tenant, so MSAL need not fetch it.
      authorityMetadata: {
        issuer: `https://login.microsoftonline.com/${ENTRA.TENANT_ID}/v2.0`,
        authorization_endpoint: `https://login.microsoftonline.com/${ENTRA.TENANT_ID}/oauth2/v2.0/authorize`,
        token_endpoint: `https://login.microsoftonline.com/${ENTRA.TENANT_ID}/oauth2/v2.0/token`,
        end_session_endpoint: `https://login.microsoftonline.com/${ENTRA.TENANT_ID}/oauth2/v2.0/logout`,
        jwks_uri: `https://login.microsoftonline.com/${ENTRA.TENANT_ID}/discovery/v2.0/keys`,
      },
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      apiScope: `api://career.contoso.com/${ENTRA.AAD_APP_CLIENT_ID}/access_as_user`,
      teamsAppId: ENTRA.TEAMS_APP_ID,
    });
  });

  it('writes apiBaseUrl only when API_BASE_URL is set', () => {
    expect(webConfigFrom(ENTRA)).not.toHaveProperty('apiBaseUrl');
    expect(
      webConfigFrom({ ...ENTRA, API_BASE_URL: 'https://careerconv-api.azurewebsites.net/' }),
    ).toMatchObject({ apiBaseUrl: 'https://careerconv-api.azurewebsites.net' });
  });

  it('for the local tenant, names its authority as known and its own API identifier', () => {
    const config = parseAppConfig(
      webConfigFrom({
        ...ENTRA,
        TENANT_MODE: 'local',
        AUTHORITY_HOST: 'https://localhost:5173',
        GRAPH_BASE_URL: 'https://localhost:5173',
        API_IDENTIFIER_URI: 'api://b7e4d2c9-6a1f-4e83-8b5d-0c9a7f3e2d14',
      }),
    );
    expect(config.tenantMode).toBe('local');
    expect(config.knownAuthorities).toEqual(['localhost:5173']);
    expect(config.graphBaseUrl).toBe('https://localhost:5173/v1.0');
    expect(config.apiScope).toBe('api://b7e4d2c9-6a1f-4e83-8b5d-0c9a7f3e2d14/access_as_user');
  });
});
