import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config';
import { DEFAULT_RATE_LIMIT } from '../../../src/server/http/rate-limit';

const GOOD = {
  TENANT_ID: '5d3c1a8e-7b42-4f19-9c6e-2a8b0f4d7e61',
  API_CLIENT_ID: 'b7e4d2c9-6a1f-4e83-8b5d-0c9a7f3e2d14',
  API_CLIENT_SECRET: 'secret',
  SHAREPOINT_SITE_ID: 'contoso.sharepoint.com,1,2',
  APP_ORIGINS: 'https://app.contoso.com, https://localhost:5173',
};

describe('loadConfig', () => {
  it('parses the environment with defaults', () => {
    const config = loadConfig(GOOD);
    expect(config.authorityHost).toBe('https://login.microsoftonline.com');
    expect(config.graphBaseUrl).toBe('https://graph.microsoft.com');
    expect(config.appOrigins).toEqual(['https://app.contoso.com', 'https://localhost:5173']);
    expect(config.allowedTenants).toEqual([GOOD.TENANT_ID]);
    // One app registration for the tab and the API: its own id is the client app.
    expect(config.allowedClientApps).toEqual([GOOD.API_CLIENT_ID]);
    expect(config.rateLimit).toEqual(DEFAULT_RATE_LIMIT);
  });

  it('reads the allowed client apps and the rate limit', () => {
    const spa = '8F2B6C1D-3E4A-4B7C-9D0E-1F2A3B4C5D6E';
    const config = loadConfig({
      ...GOOD,
      ALLOWED_CLIENT_APPS: `${spa}, ${GOOD.API_CLIENT_ID}`,
      RATE_LIMIT_PER_MINUTE: '120',
      RATE_LIMIT_BURST: '60',
    });
    expect(config.allowedClientApps).toEqual([spa.toLowerCase(), GOOD.API_CLIENT_ID]);
    expect(config.rateLimit).toEqual({ perMinute: 120, burst: 60 });
    expect(loadConfig({ ...GOOD, RATE_LIMIT_PER_MINUTE: '0' }).rateLimit).toBe(false);
    expect(() => loadConfig({ ...GOOD, ALLOWED_CLIENT_APPS: 'spa-app' })).toThrow(
      /ALLOWED_CLIENT_APPS entry must be a GUID/,
    );
    expect(() => loadConfig({ ...GOOD, RATE_LIMIT_BURST: '0' })).toThrow(/RATE_LIMIT_BURST/);
    expect(() => loadConfig({ ...GOOD, RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(
      /RATE_LIMIT_PER_MINUTE/,
    );
  });

  it('reads the organisation’s time zone for HR aggregates, UTC when unset', () => {
    expect(loadConfig(GOOD).orgTimeZone).toBe('UTC');
    expect(loadConfig({ ...GOOD, ORG_TIME_ZONE: ' Europe/Paris ' }).orgTimeZone).toBe(
      'Europe/Paris',
    );
    expect(() => loadConfig({ ...GOOD, ORG_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      /ORG_TIME_ZONE must be an IANA time zone/,
    );
  });

  it('refuses http:// authority and Graph URLs unless TENANT_MODE is local', () => {
    const http = {
      AUTHORITY_HOST: 'http://login.contoso.test',
      GRAPH_BASE_URL: 'http://graph.test',
    };
    let error: unknown;
    try {
      loadConfig({ ...GOOD, ...http });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/AUTHORITY_HOST: .*https:\/\/.*TENANT_MODE=local/);
    expect(message).toMatch(/GRAPH_BASE_URL: .*https:\/\/.*TENANT_MODE=local/);
    expect(() => loadConfig({ ...GOOD, TENANT_MODE: 'entra', ...http })).toThrow(ConfigError);
    // The local tenant (tests, `npm start`) may serve plain http on this machine.
    const local = loadConfig({ ...GOOD, TENANT_MODE: 'local', ...http });
    expect(local.authorityHost).toBe('http://login.contoso.test');
    expect(local.graphBaseUrl).toBe('http://graph.test');
    expect(() => loadConfig({ ...GOOD, TENANT_MODE: 'test' })).toThrow(/TENANT_MODE/);
  });

  it('names every bad variable and never echoes the secret', () => {
    let error: unknown;
    try {
      loadConfig({
        ...GOOD,
        TENANT_ID: 'contoso',
        APP_ORIGINS: 'https://a.com/path',
        API_CLIENT_SECRET: '',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('TENANT_ID');
    expect(message).toContain('APP_ORIGINS');
    expect(message).toContain('API_CLIENT_SECRET is required');
  });

  it('reads PROVISION_ON_START as true or false, off when unset, and names a typo', () => {
    expect(loadConfig(GOOD).provisionOnStart).toBe(false);
    expect(loadConfig({ ...GOOD, PROVISION_ON_START: 'true' }).provisionOnStart).toBe(true);
    expect(loadConfig({ ...GOOD, PROVISION_ON_START: 'false' }).provisionOnStart).toBe(false);
    // "yes" or "1" silently meaning "no" would leave every call answering 503 on a new site.
    expect(() => loadConfig({ ...GOOD, PROVISION_ON_START: 'yes' })).toThrow(
      /PROVISION_ON_START must be 'true' or 'false'/,
    );
  });
});
