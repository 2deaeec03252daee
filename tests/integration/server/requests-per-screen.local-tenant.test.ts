import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCareerApiClient } from '../../../src/adapters/career-api/career-api-client';
import { userIdOf } from '../ports/graph-harness';
import {
  reportPagePaths,
  seedContract,
  startApiHarness,
  type ApiHarness,
  type GraphRequest,
} from './api-harness';

/**
 * Budgets on Graph requests per screen, counted on the wire (a `$batch` is one request): the
 * team overview must not grow one query per report. Counts only; timings go to `npm run bench`.
 */
let api: ApiHarness;

const during = (label: string): GraphRequest[] => api.requests.filter((r) => r.during === label);

beforeAll(async () => {
  api = await startApiHarness();
  await api.addTeam('fifty.manager', 50);
}, 120_000);

afterAll(async () => {
  await api.close();
});

const summary = (sent: readonly GraphRequest[]): string =>
  sent
    .map((r) => `${r.method} ${r.path.split('?')[0] ?? ''} (${String(r.steps.length)})`)
    .join('\n');

/** Loads the overview once to settle first sightings (stints), then counts a second load. */
async function countOverview(who: string, label: string): Promise<GraphRequest[]> {
  const warm = await api.call(who, 'GET', '/api/team?tz=Europe/London');
  expect(warm.status, warm.text).toBe(200);
  // The warm load's audit entries are written off the request path: not now, not counted below.
  await api.server.app.flushAudit();
  const counted = await api.call(who, 'GET', '/api/team?tz=Europe/London', { label });
  expect(counted.status, counted.text).toBe(200);
  return during(label);
}

describe('Graph requests per screen', () => {
  it('team overview for 12 reports: at most 3 Graph requests, $batch of at most 20', async () => {
    const sent = await countOverview('priya.raman', 'overview-12');
    expect(sent.length, summary(sent)).toBeLessThanOrEqual(3);
    for (const r of sent) expect(r.steps.length).toBeLessThanOrEqual(20);
  }, 60_000);

  it('team overview for 50 reports: at most 6 Graph requests', async () => {
    const sent = await countOverview('fifty.manager', 'overview-50');
    const body = JSON.parse(
      (await api.call('fifty.manager', 'GET', '/api/team?tz=Europe/London')).text,
    ) as { reports: unknown[] };
    expect(body.reports).toHaveLength(50);
    expect(sent.length, summary(sent)).toBeLessThanOrEqual(6);
    for (const r of sent) expect(r.steps.length).toBeLessThanOrEqual(20);
  }, 60_000);

  it('writes no audit entry inside a GET: reads are audited off the request path', async () => {
    const sent = await countOverview('priya.raman', 'overview-writes');
    const writes = sent.flatMap((r) =>
      r.steps.length > 0
        ? r.steps.filter((s) => s.method !== 'GET').map((s) => `${s.method} ${s.url}`)
        : r.method !== 'GET'
          ? [`${r.method} ${r.path}`]
          : [],
    );
    expect(writes).toEqual([]);
    // ...and they are written afterwards, summarised: one look-up of the days' items already
    // stored (a query, or a $batch of them), then the writes in $batch requests.
    const before = api.requests.length;
    await api.server.app.flushAudit();
    const flushed = api.requests.slice(before);
    const [lookup, ...batches] = flushed;
    expect(lookup?.steps.every((s) => s.method === 'GET') ?? false).toBe(true);
    expect(lookup?.steps.length === 0 ? lookup.method : 'GET').toBe('GET');
    expect(batches.length).toBeGreaterThan(0);
    expect(batches.every((r) => r.path === '/$batch' && r.steps.length <= 20)).toBe(true);
  }, 60_000);

  it('report page (a contract of 3 versions): the history in one call, at most 10 Graph requests', async () => {
    const liam = userIdOf(api.tenant, 'liam.oconnor');
    await seedContract(api, 'priya.raman', liam, 3);
    await api.server.app.flushAudit();
    const paths = reportPagePaths(liam);
    const answers = await Promise.all(
      paths.map((path) => api.call('priya.raman', 'GET', path, { label: 'report-page' })),
    );
    // No profile recorded yet is a 404 the page shows as "nothing recorded".
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 404]);
    const history = JSON.parse(answers[2]?.text ?? '{}') as { versions: unknown[] };
    expect(history.versions).toHaveLength(3);
    const sent = during('report-page');
    expect(sent.length, summary(sent)).toBeLessThanOrEqual(10);
  }, 60_000);

  it('report page through the web app client: at most 3 API calls, at most 10 Graph requests', async () => {
    // One of Priya's reports with no contract yet (Liam's is seeded above), given three versions.
    // The overview read also settles first sightings (manager stints, written once per report).
    const overview = JSON.parse(
      (await api.call('priya.raman', 'GET', '/api/team?tz=Europe/London')).text,
    ) as { reports: { person: { id: string }; contractHealth: { state: string } }[] };
    const reportId =
      overview.reports.find((r) => r.contractHealth.state === 'none')?.person.id ?? '';
    await seedContract(api, 'priya.raman', reportId, 3);
    await api.server.app.flushAudit();
    const token = await api.tokenOf('priya.raman');
    const apiCalls: string[] = [];
    const client = createCareerApiClient({
      baseUrl: `${api.server.url}/api`,
      getAccessToken: () => Promise.resolve(token),
      fetch: (input, init) => {
        const url = input instanceof Request ? new URL(input.url) : new URL(input);
        apiCalls.push(url.href);
        return api
          .call('priya.raman', init?.method ?? 'GET', url.pathname + url.search, {
            label: 'report-page-client',
            headers: { accept: 'application/json' },
          })
          .then(
            (r) =>
              new Response(r.status === 204 || r.status === 304 ? null : r.text, {
                status: r.status,
                headers: r.headers,
              }),
          );
      },
    });
    // What the report page reads, all at once as its queries start together.
    const [team, contract, history, conversations, triggers, profile] = await Promise.all([
      client.team('Europe/London'),
      client.contract(reportId, 'Europe/London'),
      client.contractHistory(reportId),
      client.conversations(reportId),
      client.triggers(reportId),
      client.profile(reportId),
    ]);
    expect(team.reports.some((r) => r.person.id === reportId)).toBe(true);
    expect(contract?.versionCount).toBe(3);
    expect(history.versions).toHaveLength(3);
    expect(conversations.reportId).toBe(reportId);
    expect(triggers.reportId).toBe(reportId);
    // No profile recorded yet: "nothing recorded", as before.
    expect(profile).toBeUndefined();
    expect(apiCalls.length, apiCalls.join('\n')).toBeLessThanOrEqual(3);
    const sent = during('report-page-client');
    expect(sent.length, summary(sent)).toBeLessThanOrEqual(10);
  }, 60_000);
  it('agreeing a version in a conversation: one API call, the contract read once', async () => {
    const overview = JSON.parse(
      (await api.call('priya.raman', 'GET', '/api/team?tz=Europe/London')).text,
    ) as { reports: { person: { id: string }; contractHealth: { state: string } }[] };
    const reportId =
      overview.reports.find((r) => r.contractHealth.state === 'none')?.person.id ?? '';
    await seedContract(api, 'priya.raman', reportId, 1);
    const person = `/api/people/${reportId}`;
    const read = await api.call('priya.raman', 'GET', `${person}/contract`);
    const { current } = JSON.parse(read.text) as { current: { commitments: unknown[] } };
    const held = await api.call('priya.raman', 'POST', `${person}/conversations`, {
      body: { kind: 'full', state: 'held', sharedNotes: 'What we said' },
    });
    const conversationId = (JSON.parse(held.text) as { id: string }).id;
    await api.server.app.flushAudit();
    const agreed = await api.call('priya.raman', 'POST', `${person}/contract/versions`, {
      label: 'agree-in-conversation',
      headers: { 'if-match': read.headers.get('etag') ?? '' },
      body: {
        terms: {
          commitments: current.commitments,
          reviews: [],
          openQuestion: 'Whether a move into the platform team is realistic',
        },
        reason: 'quarterly-update',
        note: 'Agreed in the conversation',
        conversationId,
        timeZone: 'Europe/London',
      },
    });
    expect(agreed.status, agreed.text).toBe(201);
    expect(JSON.parse(agreed.text)).toMatchObject({ conversationLink: { linked: true } });
    const sent = during('agree-in-conversation');
    // A contract is read as one $batch querying its three lists (versions, commitments, review
    // items) by report: count those.
    const byReport = (url: string) => decodeURIComponent(url).includes(`reportId eq '${reportId}'`);
    const contractReads = sent.filter(
      (r) => r.steps.filter((s) => s.method === 'GET' && byReport(s.url)).length === 3,
    );
    expect(contractReads.length, summary(sent)).toBe(1);
    const linked = await api.call('priya.raman', 'GET', `/api/conversations/${conversationId}`);
    expect(JSON.parse(linked.text)).toMatchObject({ contractVersion: 2 });
  }, 60_000);
});
