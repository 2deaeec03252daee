import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userIdOf } from '../ports/graph-harness';
import { seedContract, startApiHarness, type ApiHarness } from './api-harness';

/**
 * `/api/reads` answers each path exactly as that GET answers it alone, with the caller's own
 * token: gathering reads never lets anyone see more than they could one read at a time.
 */
let api: ApiHarness;
let liam: string;
let priya: string;

beforeAll(async () => {
  api = await startApiHarness();
  liam = userIdOf(api.tenant, 'liam.oconnor');
  priya = userIdOf(api.tenant, 'priya.raman');
  await seedContract(api, 'priya.raman', liam, 2);
}, 120_000);

afterAll(async () => {
  await api.close();
});

const gathered = (paths: string[]): string =>
  `/api/reads?${paths.map((p) => `path=${encodeURIComponent(p)}`).join('&')}`;

interface Answer {
  status: number;
  body?: unknown;
}

async function alone(who: string, path: string): Promise<Answer> {
  const reply = await api.call(who, 'GET', `/api${path}`);
  return { status: reply.status, body: JSON.parse(reply.text) as unknown };
}

describe('several reads in one call', () => {
  it('answers each read as it answers alone, refusals included', async () => {
    const paths = [
      `/people/${liam}/contract/history`,
      `/people/${priya}/contract?tz=Europe/London`,
      `/people/${liam}/profile`,
    ];
    for (const who of ['priya.raman', 'liam.oconnor']) {
      const reply = await api.call(who, 'GET', gathered(paths));
      expect(reply.status, reply.text).toBe(200);
      const { answers } = JSON.parse(reply.text) as { answers: Answer[] };
      const expected = await Promise.all(paths.map((p) => alone(who, p)));
      expect(answers.map((a) => a.status)).toEqual(expected.map((e) => e.status));
      // Bodies match too, except the problems' per-request instance ids.
      answers.forEach((a, i) => {
        if (a.status < 400) expect(a.body).toEqual(expected[i]?.body);
      });
    }
    // Liam (a report) may not read his manager's contract, gathered or not.
    const asLiam = JSON.parse((await api.call('liam.oconnor', 'GET', gathered(paths))).text) as {
      answers: Answer[];
    };
    expect(asLiam.answers[1]?.status).toBeGreaterThanOrEqual(403);
  }, 60_000);

  it('refuses a path that is not one of the API’s reads, and itself', async () => {
    for (const path of ['/reads?path=%2Fme', 'https://example.com/api/me', '/../_local/people']) {
      const reply = await api.call('priya.raman', 'GET', gathered([path]));
      expect(reply.status, path).toBe(400);
    }
  }, 60_000);

  it('reads nothing without a valid token', async () => {
    const response = await fetch(`${api.server.url}${gathered(['/me'])}`);
    expect(response.status).toBe(401);
  }, 60_000);
});
