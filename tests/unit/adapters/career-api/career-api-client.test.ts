import { describe, expect, it } from 'vitest';
import { createCareerApiClient } from '../../../../src/adapters/career-api/career-api-client';
import { isPortError, type PortErrorKind } from '../../../../src/app/ports/port-error';
import { summarizeTeam, type ReportHistory } from '../../../../src/domain';
import {
  aCommitment,
  aContract,
  aManagerCommitment,
  aReportHistory,
  aVersion,
  at,
  MANAGER_ID,
  ZONE,
} from '../../builders';
import { createHarness, firstContractBody, MANAGER, REPORT } from '../../server/harness';

const BASE = 'https://app.example.test/api';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that records what it was asked and answers with whatever the test gives it. */
function fakeFetch(answer: () => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    calls.push({ url: input instanceof Request ? input.url : input.toString(), init });
    return Promise.resolve(answer());
  };
  return { fetch, calls };
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const problem = (status: number, detail: string) =>
  json(
    { type: 'urn:career-api:problem:x', title: 'x', status, detail },
    status,
    'application/problem+json',
  );

function clientWith(answer: () => Response | Promise<Response>, token = 'token-1') {
  const fake = fakeFetch(answer);
  const client = createCareerApiClient({
    baseUrl: `${BASE}/`,
    getAccessToken: () => Promise.resolve(token),
    fetch: fake.fetch,
  });
  return { client, calls: fake.calls };
}

/** A real overview from the domain, as the API would send it (after a JSON round trip). */
function anOverviewAnswer() {
  const withTrigger: ReportHistory = aReportHistory()
    .withReport({ id: 'noah', displayName: 'Noah Cohen' })
    .withDirection('Lead a platform team')
    .withHeldFull('2026-02-10')
    .withTrigger({
      id: 'log-1',
      trigger: 'approached-by-another-organisation',
      loggedAt: '2026-05-20T09:00:00Z',
    })
    .withContract(
      aContract(
        aVersion({
          commitments: [
            aCommitment({ id: 'c1', due: '2026-04-01' }),
            aManagerCommitment({ id: 'c2', due: '2026-04-15' }),
          ],
        }),
      ),
    )
    .build();
  const newcomer = aReportHistory().withReport({ id: 'ada', displayName: 'Ada Obi' }).build();
  const overview = summarizeTeam({
    managerId: MANAGER_ID,
    histories: [withTrigger, newcomer],
    now: at('2026-06-01T09:00:00Z'),
    zone: ZONE,
  });
  return JSON.parse(JSON.stringify({ ...overview, truncated: 0, earlierHistory: true })) as Record<
    string,
    unknown
  >;
}

describe('createCareerApiClient: team(zone)', () => {
  it('asks for the team in the zone with the bearer token, and returns the parsed overview', async () => {
    const answer = anOverviewAnswer();
    const { client, calls } = clientWith(() => json(answer));

    const overview = await client.team('America/New_York');

    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${BASE}/team?tz=America%2FNew_York`);
    expect(new Headers(calls[0]?.init?.headers).get('Authorization')).toBe('Bearer token-1');
    expect(overview).toEqual(answer);
    const noah = overview.reports.find((r) => r.person.displayName === 'Noah Cohen');
    expect(noah?.activeSignals.triggers.map((t) => t.trigger)).toEqual([
      'approached-by-another-organisation',
    ]);
    expect(overview.managerOverdue.map((m) => m.commitment.id)).toEqual(['c2']);
    expect(overview.goodLooksLike).toHaveLength(7);
  });

  it('asks again with If-None-Match and keeps its copy when the API answers 304', async () => {
    const answer = anOverviewAnswer();
    let call = 0;
    const { client, calls } = clientWith(() =>
      call++ === 0
        ? new Response(JSON.stringify(answer), {
            status: 200,
            headers: { 'Content-Type': 'application/json', ETag: 'W/"v1"' },
          })
        : new Response(null, { status: 304, headers: { ETag: 'W/"v1"' } }),
    );
    const first = await client.team(ZONE);
    const second = await client.team(ZONE);
    expect(new Headers(calls[0]?.init?.headers).get('If-None-Match')).toBeNull();
    expect(new Headers(calls[1]?.init?.headers).get('If-None-Match')).toBe('W/"v1"');
    expect(second).toEqual(first);
  });

  it('refuses an answer that is not the overview’s shape, as unavailable, not as data', async () => {
    const answer = anOverviewAnswer();
    const broken = { ...answer, reports: [{ person: { displayName: 'No id' } }] };
    const { client } = clientWith(() => json(broken));
    await expect(client.team(ZONE)).rejects.toSatisfy(
      (e: unknown) => isPortError(e, 'unavailable') && /does not understand/.test(e.message),
    );
  });

  it('refuses a trigger the playbook does not know', async () => {
    const answer = anOverviewAnswer();
    const reports = answer.reports as { activeSignals: { triggers: { trigger: string }[] } }[];
    const first = reports[0]?.activeSignals.triggers[0];
    if (!first) throw new Error('the fixture should have a trigger');
    first.trigger = 'flight-risk';
    const { client } = clientWith(() => json(answer));
    await expect(client.team(ZONE)).rejects.toSatisfy((e: unknown) =>
      isPortError(e, 'unavailable'),
    );
  });

  it('refuses a body that is not JSON', async () => {
    const { client } = clientWith(() => new Response('<html>proxy</html>', { status: 200 }));
    await expect(client.team(ZONE)).rejects.toSatisfy((e: unknown) =>
      isPortError(e, 'unavailable'),
    );
  });
});

describe('createCareerApiClient: errors are PortErrors with messages a person can act on', () => {
  const cases: [number, PortErrorKind, RegExp][] = [
    [401, 'unauthenticated', /sign in again/i],
    [404, 'not-found', /Nothing was found/],
    [412, 'conflict', /Reload/],
    [429, 'throttled', /busy/],
    [500, 'unavailable', /cannot be reached/],
    [503, 'unavailable', /cannot be reached/],
  ];

  it.each(cases)('HTTP %i is %s', async (status, kind, message) => {
    const { client } = clientWith(() => problem(status, `server detail ${String(status)}`));
    const error: unknown = await client.team(ZONE).catch((e: unknown) => e);
    expect(isPortError(error, kind)).toBe(true);
    expect((error as Error).message).toMatch(message);
    // Server-side details of failures are never shown; only 400/403/409/422 details are written for people.
    expect((error as Error).message).not.toContain('server detail');
  });

  it('HTTP 403 is forbidden and shows the API’s explanation of what to do instead', async () => {
    const { client } = clientWith(() => problem(403, 'Only the current manager can see this.'));
    const error: unknown = await client.team(ZONE).catch((e: unknown) => e);
    expect(isPortError(error, 'forbidden')).toBe(true);
    expect((error as Error).message).toBe('Only the current manager can see this.');
  });

  it('HTTP 403 without a problem body still says no access', async () => {
    const { client } = clientWith(() => new Response('', { status: 403 }));
    const error: unknown = await client.team(ZONE).catch((e: unknown) => e);
    expect(isPortError(error, 'forbidden')).toBe(true);
    expect((error as Error).message).toMatch(/do not have access/);
  });

  it('a network failure is unavailable', async () => {
    const { client } = clientWith(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(client.team(ZONE)).rejects.toSatisfy((e: unknown) =>
      isPortError(e, 'unavailable'),
    );
  });

  it('a token that cannot be had is unauthenticated, and nothing is sent', async () => {
    const fake = fakeFetch(() => json({}));
    const client = createCareerApiClient({
      baseUrl: BASE,
      getAccessToken: () => Promise.reject(new Error('interaction required')),
      fetch: fake.fetch,
    });
    await expect(client.team(ZONE)).rejects.toSatisfy((e: unknown) =>
      isPortError(e, 'unauthenticated'),
    );
    expect(fake.calls).toHaveLength(0);
  });
});

describe('createCareerApiClient: changes carry the version they were based on', () => {
  const aConversation = {
    id: 'c 1',
    reportId: 'r1',
    managerId: 'm1',
    kind: 'full',
    state: 'booked',
    rescheduleCount: 0,
    phasesReached: [],
    aspirationRecorded: false,
    sharedNotes: 'notes',
    manualTicks: [],
    etag: '"7"',
  };

  it('sends If-Match, a JSON body and encodes ids in the path', async () => {
    const { client, calls } = clientWith(() => json(aConversation));
    const saved = await client.updateConversation('c 1/x', { sharedNotes: 'notes' }, '"6"');
    expect(saved.etag).toBe('"7"');
    const [call] = calls;
    expect(call?.url).toBe(`${BASE}/conversations/c%201%2Fx`);
    expect(call?.init?.method).toBe('PATCH');
    const headers = new Headers(call?.init?.headers);
    expect(headers.get('If-Match')).toBe('"6"');
    expect(headers.get('Content-Type')).toBe('application/json');
    const body = call?.init?.body;
    expect(typeof body).toBe('string');
    expect(JSON.parse(body as string)).toEqual({ sharedNotes: 'notes' });
  });

  it('a stale ETag (412) is a conflict the person can act on', async () => {
    const { client } = clientWith(() => problem(412, 'stale'));
    const error: unknown = await client
      .updateConversation('c1', { sharedNotes: 'x' }, '"1"')
      .catch((e: unknown) => e);
    expect(isPortError(error, 'conflict')).toBe(true);
    expect((error as Error).message).toMatch(/changed this since you opened it/);
  });

  it('a 400 shows the API’s detail, which names the field to fix', async () => {
    const { client } = clientWith(() =>
      problem(400, 'body.terms.commitments.0.due: must be a date like 2026-06-30'),
    );
    const error: unknown = await client
      .agreeContractVersion('r1', {
        terms: { commitments: [], reviews: [], openQuestion: '' },
        reason: 'initial',
        note: '',
      })
      .catch((e: unknown) => e);
    expect(isPortError(error, 'invalid')).toBe(true);
    expect((error as Error).message).toContain('commitments.0.due');
  });

  it('a contract or profile not recorded yet (404) reads as undefined, other failures throw', async () => {
    const missing = clientWith(() => problem(404, 'There is no development contract yet.'));
    expect(await missing.client.contract('r1', ZONE)).toBeUndefined();
    expect(await missing.client.profile('r1')).toBeUndefined();
    const down = clientWith(() => problem(503, 'x'));
    await expect(down.client.contract('r1', ZONE)).rejects.toSatisfy((e: unknown) =>
      isPortError(e, 'unavailable'),
    );
  });

  it('pages the audit trail with the cursor the API gave, and reads whether there is more', async () => {
    const page = { aboutYou: [], byYou: [], hasMore: true, nextCursor: 'abc/+=' };
    const { client, calls } = clientWith(() => json(page));
    expect(await client.auditTrail()).toEqual(page);
    await client.auditTrail({ cursor: 'abc/+=', limit: 20 });
    expect(calls.map((c) => c.url)).toEqual([
      `${BASE}/me/audit`,
      `${BASE}/me/audit?cursor=abc%2F%2B%3D&limit=20`,
    ]);
    const old = clientWith(() => json({ aboutYou: [], byYou: [] }));
    await expect(old.client.auditTrail()).rejects.toBeDefined();
  });
});

describe('createCareerApiClient against the career API: marking done with a note', () => {
  it('sends the note with the mark-done and reads it back on the commitment', async () => {
    const h = createHarness();
    const created = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    const commitments = (created.json.current as { commitments: { id: string; party: string }[] })
      .commitments;
    const mine = commitments.find((c) => c.party === 'report')?.id ?? '';
    const client = createCareerApiClient({
      baseUrl: `${BASE}/`,
      getAccessToken: () => Promise.resolve(`test:${REPORT}`),
      fetch: (input, init) =>
        Promise.resolve(h.app.request(input instanceof Request ? input.url : input, init)),
    });
    const done = await client.markCommitmentDone(
      REPORT,
      mine,
      created.headers.get('etag') ?? '',
      'Presented it to the guild.',
    );
    expect(done.current.commitments.find((c) => c.id === mine)).toMatchObject({
      status: 'done',
      doneNote: 'Presented it to the guild.',
    });
  });
});
