import { describe, expect, it } from 'vitest';
import { AppConfigError, parseAppConfig } from '../../../../src/web/auth/app-config';
import { careerApiBaseUrl } from '../../../../src/web/data/api-base';

const PRODUCTION = {
  tenantMode: 'entra',
  clientId: 'b7e4d2c9-6a1f-4e83-8b5d-0c9a7f3e2d14',
  authority: 'https://login.microsoftonline.com/5d3c1a8e-7b42-4f19-9c6e-2a8b0f4d7e61',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  apiScope: 'api://b7e4d2c9-6a1f-4e83-8b5d-0c9a7f3e2d14/access_as_user',
};

const APP_ORIGIN = 'https://career.contoso.com';

function errorOf(raw: unknown): string {
  try {
    parseAppConfig(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(AppConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('the career API’s address in /config.json', () => {
  it('is the app’s own origin under /api when apiBaseUrl is absent', () => {
    const config = parseAppConfig(PRODUCTION);
    expect(config.apiBaseUrl).toBeUndefined();
    expect(careerApiBaseUrl(config, APP_ORIGIN)).toBe(`${APP_ORIGIN}/api`);
  });

  it('is the Functions app’s URL when apiBaseUrl is set, without a trailing slash', () => {
    const config = parseAppConfig({
      ...PRODUCTION,
      apiBaseUrl: 'https://career-api.azurewebsites.net/api/',
    });
    expect(careerApiBaseUrl(config, APP_ORIGIN)).toBe('https://career-api.azurewebsites.net/api');
  });

  it('refuses an apiBaseUrl that is not an absolute https URL, naming the setting', () => {
    for (const bad of [
      'career-api.azurewebsites.net/api',
      '/api',
      'http://career-api.azurewebsites.net/api',
      'javascript:alert(1)',
      'https://career-api.azurewebsites.net/api?code=abc',
      'https://career-api.azurewebsites.net/api#x',
      '',
    ]) {
      const message = errorOf({ ...PRODUCTION, apiBaseUrl: bad });
      expect(message, bad).toMatch(/^The app's configuration \(\/config\.json\) is invalid\./);
      expect(message, bad).toMatch(/apiBaseUrl: .*https:\/\//);
    }
  });
});
