import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_KEYS, SHAREPOINT_LISTS } from '../../../src/adapters/graph/sharepoint';
import { API_APP_ID, API_CLIENT_SECRET, type LocalTenant } from '../../../src/local-tenant';
import { runProvision } from '../../../scripts/provision';
import { startTenant } from '../local-tenant/helpers';
import {
  appToken,
  CAREER_SITE_ID,
  OTHER_SITE_ID,
  ROOT_SITE_ID,
  send,
  sitePath,
} from '../local-tenant/sharepoint/sp-helpers';

/**
 * `npm run provision` as an administrator runs it, against the local tenant in this process: the
 * career site starts empty (the seed grants the API `manage` there, as the guide's grant step
 * does); the leadership site has no grant for the API.
 */
const CAREER_URL = 'https://contosodemo.sharepoint.com/sites/career-conversations';
const OTHER_URL = 'https://contosodemo.sharepoint.com/sites/leadership-team';

let tenant: LocalTenant;
let admin: string;

function envFor(extra: Record<string, string> = {}): Record<string, string> {
  return {
    TENANT_MODE: 'local',
    TENANT_ID: tenant.tenantId,
    API_CLIENT_ID: API_APP_ID,
    API_CLIENT_SECRET,
    AUTHORITY_HOST: tenant.url,
    GRAPH_BASE_URL: tenant.url,
    ...extra,
  };
}

async function provisionCommand(args: string[], extra: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runProvision(args, envFor(extra), {
    io: { out: (line) => out.push(line), err: (line) => err.push(line) },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function listsOn(siteId: string): Promise<{ id: string; displayName: string }[]> {
  const answer = await send(tenant, admin, 'GET', sitePath(siteId, '/lists'));
  return answer.body.value as { id: string; displayName: string }[];
}

async function grantsOn(siteId: string) {
  const answer = await send(tenant, admin, 'GET', sitePath(siteId, '/permissions'));
  return answer.body.value as { roles: string[]; grantedToIdentitiesV2: unknown[] }[];
}

beforeAll(async () => {
  tenant = await startTenant();
  admin = (await appToken(tenant, 'sharepoint-admin', ['Sites.FullControl.All'])).token;
});
afterAll(async () => {
  await tenant.close();
});

describe('npm run provision', () => {
  it('prints the plan on a dry run and creates nothing', async () => {
    const run = await provisionCommand(['--site', CAREER_URL, '--dry-run']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`id ${CAREER_SITE_ID}`);
    for (const key of LIST_KEYS) {
      expect(run.out).toContain(`create list ${SHAREPOINT_LISTS[key].displayName} (`);
    }
    expect(run.out).toContain('); index reportId, managerId, contractId');
    expect(run.out).toMatch(
      new RegExp(
        `would create ${String(LIST_KEYS.length)} lists and \\d+ columns, and index \\d+ columns`,
      ),
    );
    expect(await listsOn(CAREER_SITE_ID)).toEqual([]);
  });

  it('creates the lists, columns and indexes, verifies them, then finds nothing to do', async () => {
    const first = await provisionCommand(['--site', CAREER_URL]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const columnCount = LIST_KEYS.reduce((n, k) => n + SHAREPOINT_LISTS[k].columns.length, 0);
    expect(first.out).toContain(
      `Created ${String(LIST_KEYS.length)} lists and ${String(columnCount)} columns`,
    );
    expect(first.out).toMatch(/Verified: \d+ checks passed/);
    expect(first.out).toContain(`SHAREPOINT_SITE_ID=${CAREER_SITE_ID}`);
    const lists = await listsOn(CAREER_SITE_ID);
    expect(lists.map((l) => l.displayName).sort()).toEqual(
      LIST_KEYS.map((k) => SHAREPOINT_LISTS[k].displayName).sort(),
    );
    const commitments = lists.find((l) => l.displayName === 'CareerCommitments');
    const columns = await send(
      tenant,
      admin,
      'GET',
      sitePath(CAREER_SITE_ID, `/lists/${commitments?.id ?? ''}/columns`),
    );
    const indexed = (columns.body.value as { name: string; indexed: boolean }[])
      .filter((c) => c.indexed)
      .map((c) => c.name);
    const wanted = SHAREPOINT_LISTS.commitments.columns.filter((c) => c.indexed);
    expect(indexed).toEqual(expect.arrayContaining(wanted.map((c) => c.name)));

    const again = await provisionCommand(['--site', CAREER_URL]);
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      `Nothing to change: all ${String(LIST_KEYS.length)} lists match the schema.`,
    );
    expect(again.out).toMatch(/Verified: \d+ checks passed/);
    const dryAgain = await provisionCommand(['--site', CAREER_URL, '--dry-run']);
    expect(dryAgain.out).toContain('Dry run: nothing to change.');
  });

  it('on a site the API is not granted, prints the grant an administrator must make', async () => {
    const blind = await provisionCommand(['--site', OTHER_URL]);
    expect(blind.code).toBe(1);
    expect(blind.err).toContain(
      `${tenant.graphUrl}/sites/contosodemo.sharepoint.com:/sites/leadership-team?$select=id`,
    );
    expect(blind.err).toContain(`POST ${tenant.graphUrl}/sites/{site-id}/permissions`);

    const run = await provisionCommand(['--site', OTHER_URL], { GRAPH_ADMIN_TOKEN: admin });
    expect(run.code).toBe(1);
    expect(run.err).toContain('403');
    expect(run.err).toContain(`POST ${tenant.graphUrl}/sites/${OTHER_SITE_ID}/permissions`);
    expect(run.err).toContain(
      JSON.stringify({
        roles: ['write'],
        grantedToIdentities: [
          { application: { id: API_APP_ID, displayName: 'Career Conversations API' } },
        ],
      }),
    );
    expect(run.err).toContain(
      `PATCH ${tenant.graphUrl}/sites/${OTHER_SITE_ID}/permissions/{permission-id}`,
    );
    expect(run.err).toContain('{"roles":["manage"]}');
    expect(await grantsOn(OTHER_SITE_ID)).toEqual([]);
    expect(await listsOn(OTHER_SITE_ID)).toEqual([]);
  });

  it('with --grant and an administrator token, grants write, raises it to manage and provisions', async () => {
    const missing = await provisionCommand(['--site', OTHER_URL, '--grant']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('GRAPH_ADMIN_TOKEN');

    const dry = await provisionCommand(['--site', OTHER_URL, '--grant', '--dry-run'], {
      GRAPH_ADMIN_TOKEN: admin,
    });
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('would give Career Conversations API Sites.Selected "manage"');
    expect(await grantsOn(OTHER_SITE_ID)).toEqual([]);

    const run = await provisionCommand(['--site', OTHER_URL, '--grant'], {
      GRAPH_ADMIN_TOKEN: admin,
    });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('now holds manage (was none)');
    expect(run.out).toMatch(/Verified: \d+ checks passed/);
    const grants = await grantsOn(OTHER_SITE_ID);
    expect(grants.map((g) => g.roles)).toEqual([['manage']]);
    expect(JSON.stringify(grants[0]?.grantedToIdentitiesV2)).toContain(API_APP_ID);
  });

  it('with only "write" on a site without the lists, stops and asks for "manage"', async () => {
    const granted = await send(tenant, admin, 'POST', sitePath(ROOT_SITE_ID, '/permissions'), {
      roles: ['write'],
      grantedToIdentities: [{ application: { id: API_APP_ID, displayName: 'Career API' } }],
    });
    expect(granted.status).toBe(201);
    const run = await provisionCommand(['--site', 'https://contosodemo.sharepoint.com/']);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`id ${ROOT_SITE_ID}`);
    expect(run.out).toContain('CareerCommitments: not created (Access denied)');
    expect(run.err).toContain(
      `PATCH ${tenant.graphUrl}/sites/${ROOT_SITE_ID}/permissions/{permission-id}`,
    );
    expect(await listsOn(ROOT_SITE_ID)).toEqual([]);
  });

  it('refuses a bad command line and a bad configuration with a clear message', async () => {
    const noSite = await provisionCommand(['--dry-run']);
    expect(noSite.code).toBe(2);
    expect(noSite.err).toContain('--site <url> is required.');
    const notASite = await provisionCommand(['--site', 'contoso']);
    expect(notASite.code).toBe(1);
    expect(notASite.err).toContain('is not a site address');
    const nowhere = await provisionCommand([
      '--site',
      'https://contosodemo.sharepoint.com/sites/nowhere',
    ]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toContain('No site at https://contosodemo.sharepoint.com/sites/nowhere');
    const out: string[] = [];
    const code = await runProvision(
      ['--site', CAREER_URL],
      {},
      {
        io: { out: (l) => out.push(l), err: (l) => out.push(l) },
      },
    );
    expect(code).toBe(1);
    expect(out.join('\n')).toContain('API_CLIENT_ID');
  });
});
