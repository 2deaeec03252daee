import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { apiAppToken, errorOf, startTenant } from '../helpers';
import { CAREER_SITE_ID, createList, send, sitePath } from './sp-helpers';

/** Two column additions sent together, as a careless provisioning script would. */
function addTogether(tenant: LocalTenant, token: string, targets: [string, string][]) {
  return Promise.all(
    targets.map(([listId, name]) =>
      send(tenant, token, 'POST', sitePath(CAREER_SITE_ID, `/lists/${listId}/columns`), {
        name,
        text: {},
      }),
    ),
  );
}

/** The tenant's knob for how long a column addition holds its list (`undefined`: the default). */
async function holdSchemaSaves(tenant: LocalTenant, ms: number | undefined): Promise<void> {
  const response = await fetch(`${tenant.url}/_local/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ms === undefined ? {} : { schemaSaveMs: ms }),
  });
  expect(response.status).toBe(200);
}

describe('SharePoint column additions that overlap', () => {
  let tenant: LocalTenant;
  let api: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    tenant = await startTenant();
    api = await apiAppToken(tenant);
    first = String((await createList(tenant, api, CAREER_SITE_ID, { displayName: 'One' })).id);
    second = String((await createList(tenant, api, CAREER_SITE_ID, { displayName: 'Two' })).id);
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('refuses the second of two concurrent additions to one list with Save Conflict', async () => {
    // A save held long enough that the second request arrives during it on a busy machine too.
    await holdSchemaSaves(tenant, 3_000);
    const answers = await addTogether(tenant, api, [
      [first, 'alpha'],
      [first, 'beta'],
    ]);
    await holdSchemaSaves(tenant, undefined);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.status === 409);
    const error = errorOf(refused?.body ?? {});
    expect(error.code).toBe('-2130246326, Microsoft.SharePoint.SPException');
    expect(error.message).toMatch(
      /^Save Conflict\.?\s+Your changes conflict with those made concurrently by another user\./,
    );
    const columns = await send(
      tenant,
      api,
      'GET',
      sitePath(CAREER_SITE_ID, `/lists/${first}/columns`),
    );
    const names = (columns.body.value as { name: string }[]).map((c) => c.name);
    expect(names.filter((n) => n === 'alpha' || n === 'beta')).toHaveLength(1);
  });

  it('adds one column after another to the same list, and to two lists at once', async () => {
    const one = await send(
      tenant,
      api,
      'POST',
      sitePath(CAREER_SITE_ID, `/lists/${first}/columns`),
      {
        name: 'gamma',
        text: {},
      },
    );
    const two = await send(
      tenant,
      api,
      'POST',
      sitePath(CAREER_SITE_ID, `/lists/${first}/columns`),
      {
        name: 'delta',
        text: {},
      },
    );
    expect([one.status, two.status]).toEqual([201, 201]);
    const apart = await addTogether(tenant, api, [
      [first, 'epsilon'],
      [second, 'epsilon'],
    ]);
    expect(apart.map((a) => a.status)).toEqual([201, 201]);
  });
});
