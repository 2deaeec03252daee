import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../../scripts/deploy/env-file';
import { webConfigFrom } from '../../../scripts/deploy/web-config';
import { localAppConfig } from '../../../scripts/stack/start-stack';
import type { LocalTenant } from '../../../src/local-tenant';
import { CAREER_SITE_ID } from '../../../src/local-tenant/graph/sharepoint/seed';
import {
  API_APP_ID,
  DEMO_TENANT_ID,
  SPA_APP_ID,
} from '../../../src/local-tenant/seed/well-known-apps';
import { LOCAL_TEAMS_APP_ID } from '../../../src/local-tenant/teams-host/host-config';

const local = parseEnvFile(readFileSync('env/.env.local', 'utf8'));

describe('env/.env.local', () => {
  it('names the local tenant’s own ids, so the rehearsal packages what npm start runs', () => {
    expect(local).toMatchObject({
      TENANT_ID: DEMO_TENANT_ID,
      AAD_APP_CLIENT_ID: SPA_APP_ID,
      API_CLIENT_ID: API_APP_ID,
      TEAMS_APP_ID: LOCAL_TEAMS_APP_ID,
      SHAREPOINT_SITE_ID: CAREER_SITE_ID,
      APP_ORIGIN: 'https://localhost:5173',
    });
  });

  it('gives the same /config.json the local stack serves on its default port', () => {
    const tenant = { tenantId: DEMO_TENANT_ID, spaClientId: SPA_APP_ID, apiClientId: API_APP_ID };
    expect(webConfigFrom(local)).toEqual(
      localAppConfig('https://localhost:5173', tenant as LocalTenant),
    );
  });
});

describe('env/.env.dev', () => {
  it('is a template: every key empty but the environment’s name, each with a comment above', () => {
    const lines = readFileSync('env/.env.dev', 'utf8').split('\n');
    const values = parseEnvFile(lines.join('\n'));
    expect(Object.keys(values).length).toBeGreaterThan(10);
    for (const [key, value] of Object.entries(values)) {
      if (key !== 'TEAMSFX_ENV') expect(value, key).toBe('');
      const index = lines.findIndex((line) => line.startsWith(`${key}=`));
      const above = lines.slice(0, index).reverse();
      const comment = above.find((line) => !/^[A-Z_]+=/.test(line));
      expect(comment, `a comment explains ${key}`).toMatch(/^# /);
    }
  });
});

describe('.gitignore', () => {
  it('keeps env/.env.<name>.user (secrets) out of git, and the env files themselves in', () => {
    const ignored = (path: string): boolean => {
      try {
        execFileSync('git', ['check-ignore', '-q', '--no-index', path]);
        return true;
      } catch {
        return false;
      }
    };
    expect(ignored('env/.env.dev.user')).toBe(true);
    expect(ignored('env/.env.prod.user')).toBe(true);
    expect(ignored('env/.env.local')).toBe(false);
    expect(ignored('env/.env.dev')).toBe(false);
    expect(ignored('build/appPackage.dev.zip')).toBe(true);
  });
});
