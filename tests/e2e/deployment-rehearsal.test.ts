import { copyFile, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../scripts/build-api';
import { packageApp } from '../../scripts/deploy/package-app';
import { runProvision } from '../../scripts/provision';
import type { AppConfigContext } from '../../scripts/stack/start-stack';
import { API_CLIENT_SECRET, type LocalTenant } from '../../src/local-tenant';
import { screenshot } from './support/browser';
import { signInAs } from './support/session';
import { useTestStack } from './support/stack';

/**
 * The admin guide's deployment, rehearsed against the local tenant as an admin would run it on a
 * real one (docs/admin-guide.md, "Rehearse it locally"): the package for the environment is
 * filled, zipped and validated, and its config.json is the one the site serves; the career site
 * starts empty and `npm run provision` plans (dry run), then creates, the lists; the API runs as
 * the built Azure Functions app on its own origin, called cross-origin by the built web app.
 */
const CAREER_SITE_URL = 'https://contosodemo.sharepoint.com/sites/career-conversations';
let scratch: string;
const log: string[] = [];

/** `npm run package -- --env local`, in a copy of the packaging inputs, for this stack's origin. */
async function packageFor({
  origin,
  apiBaseUrl,
}: AppConfigContext): Promise<Record<string, unknown>> {
  scratch = await mkdtemp(join(tmpdir(), 'career-rehearsal-'));
  await cp('manifest', join(scratch, 'manifest'), { recursive: true });
  await mkdir(join(scratch, 'infra'), { recursive: true });
  await copyFile('infra/main.parameters.json', join(scratch, 'infra/main.parameters.json'));
  await mkdir(join(scratch, 'env'), { recursive: true });
  const host = new URL(origin).host;
  const local = (await readFile('env/.env.local', 'utf8'))
    .replace(/^APP_ORIGIN=.*$/m, `APP_ORIGIN=${origin}`)
    .replace(/^APP_DOMAIN=.*$/m, `APP_DOMAIN=${host}`)
    .replace(/^AUTHORITY_HOST=.*$/m, `AUTHORITY_HOST=${origin}`)
    .replace(/^GRAPH_BASE_URL=.*$/m, `GRAPH_BASE_URL=${origin}`);
  await writeFile(join(scratch, 'env/.env.local'), `${local}\nAPI_BASE_URL=${apiBaseUrl ?? ''}\n`);
  const result = await packageApp({ root: scratch, envName: 'local' });
  log.push(`packaged ${result.zipPath ?? '(no zip)'}`);
  return JSON.parse(await readFile(result.webConfigPath ?? '', 'utf8')) as Record<string, unknown>;
}

/** `npm run provision -- --site <url> [--dry-run]` as the career API, against the stack's tenant. */
async function provision(tenant: LocalTenant, args: string[]): Promise<string> {
  const out: string[] = [];
  const code = await runProvision(
    ['--site', CAREER_SITE_URL, ...args],
    {
      TENANT_MODE: 'local',
      TENANT_ID: tenant.tenantId,
      API_CLIENT_ID: tenant.apiClientId,
      API_CLIENT_SECRET,
      AUTHORITY_HOST: tenant.listenUrl,
      GRAPH_BASE_URL: tenant.listenUrl,
    },
    { io: { out: (line) => out.push(line), err: (line) => out.push(line) } },
  );
  const text = out.join('\n');
  if (code !== 0) throw new Error(`provision ${args.join(' ')} exited ${String(code)}:\n${text}`);
  return text;
}

describe('deployment rehearsal: package, provision, the API on Functions, the built app', () => {
  beforeAll(async () => {
    // `npm run build:api`, as the guide's deploy step runs it.
    await buildApi();
  }, 60_000);

  const env = useTestStack({
    // The built Functions app keeps the system's time, so the tenant does too.
    systemClock: true,
    seedHistory: false,
    api: 'functions',
    provisionOnStart: false,
    appConfig: packageFor,
    beforeApi: async (tenant) => {
      log.push(await provision(tenant, ['--dry-run']), await provision(tenant, []));
    },
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('packages a valid app, provisions an empty site, and signs a manager in to the team overview through the Functions API', async () => {
    // The package: a zip, and the config.json the site serves (with the API's own origin).
    expect((await stat(join(scratch, 'build/appPackage.local.zip'))).size).toBeGreaterThan(1_000);

    // Provisioning: the dry run planned lists and changed nothing; the run created them.
    const [, dryRun = '', run = ''] = log;
    expect(dryRun).toMatch(/Dry run: would create \d+ lists? .* Nothing was changed\./);
    expect(run).toMatch(/SHAREPOINT_SITE_ID=/);

    const page = await signInAs(env.browser, env.stack, 'Priya Raman');
    const config = await page.evaluate(async () => {
      const response = await fetch('/config.json');
      return (await response.json()) as { apiBaseUrl?: string };
    });
    expect(config.apiBaseUrl).toMatch(/^https:\/\/localhost:\d+\/api$/);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(config.apiBaseUrl ?? '\u0000')) apiCalls.push(request.url());
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor({ timeout: 30_000 });
    await page.getByText('Tomás Hernández').first().waitFor({ timeout: 30_000 });
    expect(apiCalls.some((url) => new URL(url).pathname === '/api/team')).toBe(true);
    await screenshot(page, 'deployment-rehearsal-team');
  });
});
