import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGraphClient, type BatchStep } from '../../../../../src/adapters/graph/client';
import { isPortError } from '../../../../../src/app/ports';
import { parseBatch } from '../../../../../src/local-tenant/graph/batch/parse-batch';
import { fakeFetch, jsonResponse, recordingSleep, type SeenRequest } from './fake-fetch';

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  dependsOn?: string[];
  body?: unknown;
}

interface InnerResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

function innerRequests(request: SeenRequest): InnerRequest[] {
  return (JSON.parse(request.body ?? '{}') as { requests: InnerRequest[] }).requests;
}

/** A fake `/$batch` endpoint: `answer` decides each inner response, call by call. */
function batchServer(answer: (inner: InnerRequest, call: number) => Omit<InnerResponse, 'id'>) {
  const fake = fakeFetch((request, call) => {
    const responses = innerRequests(request).map((inner) => ({
      id: inner.id,
      ...answer(inner, call),
    }));
    return jsonResponse({ responses: responses.reverse() });
  });
  const sleeper = recordingSleep();
  const client = createGraphClient({
    baseUrl: 'https://graph.example.test',
    getAccessToken: () => Promise.resolve('t'),
    fetch: fake.fetch,
    sleep: sleeper.sleep,
  });
  return { client, seen: fake.seen, waits: sleeper.waits };
}

const step = (id: string, dependsOn?: string[]): BatchStep => ({
  id,
  method: 'GET',
  path: `/users/${id}`,
  query: { $select: 'id' },
  scopes: ['User.ReadBasic.All'],
  ...(dependsOn ? { dependsOn } : {}),
});

describe('GraphClient.batch', () => {
  it('posts to /$batch in chunks of at most 20 and returns outcomes in request order', async () => {
    const { client, seen } = batchServer((inner) => ({ status: 200, body: { id: inner.id } }));
    const steps = Array.from({ length: 45 }, (_, i) => step(`u${i}`));
    const outcomes = await client.batch(steps);
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual(Array(3).fill('/v1.0/$batch'));
    expect(seen.map((r) => innerRequests(r).length)).toEqual([20, 20, 5]);
    expect(outcomes.map((o) => o.id)).toEqual(steps.map((s) => s.id));
    expect(outcomes[7]?.body).toEqual({ id: 'u7' });
    expect(innerRequests(seen[0] as SeenRequest)[0]?.url).toBe('/users/u0?$select=id');
  });

  it('sends independent chunks in parallel: the second goes out before the first is answered', async () => {
    let inFlight = 0;
    let most = 0;
    const client = createGraphClient({
      baseUrl: 'https://graph.example.test',
      getAccessToken: () => Promise.resolve('t'),
      fetch: async (input, init) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
        const body = (await new Request(input, init).json()) as { requests: InnerRequest[] };
        return jsonResponse({
          responses: body.requests.map((r) => ({ id: r.id, status: 200, body: {} })),
        });
      },
    });
    const outcomes = await client.batch(Array.from({ length: 40 }, (_, i) => step(`u${i}`)));
    expect(outcomes.every((o) => o.status === 200)).toBe(true);
    expect(most).toBe(2);
  });

  it('keeps a dependsOn chain inside one chunk', async () => {
    const { client, seen } = batchServer(() => ({ status: 200, body: {} }));
    const steps = [
      ...Array.from({ length: 18 }, (_, i) => step(`a${i}`)),
      step('c1'),
      step('c2', ['c1']),
      step('c3', ['c2']),
    ];
    await client.batch(steps);
    const first = innerRequests(seen[0] as SeenRequest).map((r) => r.id);
    const second = innerRequests(seen[1] as SeenRequest).map((r) => r.id);
    expect(first).toHaveLength(18);
    expect(second).toEqual(['c1', 'c2', 'c3']);
    expect(innerRequests(seen[1] as SeenRequest)[1]?.dependsOn).toEqual(['c1']);
  });

  it('retries only the inner requests that came back 429, after their Retry-After', async () => {
    const { client, seen, waits } = batchServer((inner, call) =>
      call === 0 && (inner.id === 'b' || inner.id === 'c')
        ? { status: 429, headers: { 'Retry-After': inner.id === 'b' ? '3' : '5' }, body: {} }
        : { status: 200, body: { id: inner.id, call } },
    );
    const outcomes = await client.batch([step('a'), step('b'), step('c'), step('d')]);
    expect(waits).toEqual([5000]);
    expect(innerRequests(seen[1] as SeenRequest).map((r) => r.id)).toEqual(['b', 'c']);
    expect(outcomes.map((o) => [o.id, o.status, (o.body as { call: number }).call])).toEqual([
      ['a', 200, 0],
      ['b', 200, 1],
      ['c', 200, 1],
      ['d', 200, 0],
    ]);
  });

  it('retries a dependsOn chain whose head was throttled, dropping dependencies already done', async () => {
    const { client, seen } = batchServer((inner, call) => {
      if (call === 0 && inner.id === 'two') return { status: 429, headers: { 'retry-after': '1' } };
      if (call === 0 && inner.id === 'three') return { status: 424, body: {} };
      return { status: 201, body: { id: inner.id } };
    });
    const outcomes = await client.batch([
      step('one'),
      step('two', ['one']),
      step('three', ['two']),
    ]);
    const retried = innerRequests(seen[1] as SeenRequest);
    expect(retried.map((r) => [r.id, r.dependsOn])).toEqual([
      ['two', undefined],
      ['three', ['two']],
    ]);
    expect(outcomes.every((o) => o.status === 201 && o.error === undefined)).toBe(true);
  });

  it('reports "throttled" on steps still throttled after the retries, and on their dependants', async () => {
    const { client, waits } = batchServer((inner) =>
      inner.id === 'x' ? { status: 429, headers: { 'Retry-After': '1' } } : { status: 424 },
    );
    const outcomes = await client.batch([step('x'), step('y', ['x'])]);
    // A throttled step with a Retry-After gets maxThrottledRetries (6), not maxRetries (3).
    expect(waits).toEqual(Array(6).fill(1000));
    expect(isPortError(outcomes[0]?.error, 'throttled')).toBe(true);
    expect(isPortError(outcomes[1]?.error, 'throttled')).toBe(true);
  });

  it('maps each failed inner response like a direct request and leaves the others alone', async () => {
    const { client, seen } = batchServer((inner) =>
      inner.id === 'gone'
        ? { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'no' } } }
        : { status: 200, body: { id: inner.id } },
    );
    const outcomes = await client.batch([step('gone'), step('here')]);
    expect(outcomes[0]?.error?.kind).toBe('not-found');
    expect(outcomes[1]?.error).toBeUndefined();
    expect(seen).toHaveLength(1);
  });

  // Graph refuses a batch that is neither fully parallel nor one chain ("Batch should be either
  // fully sequential or fully parallel"); the local tenant's parser holds that rule.
  const acceptedByGraph = (request: SeenRequest): boolean =>
    parseBatch(JSON.parse(request.body ?? '{}') as unknown).ok;

  it('sends a star as its head alone, then the dependants as one parallel batch', async () => {
    const { client, seen } = batchServer((inner) => ({ status: 200, body: { id: inner.id } }));
    const outcomes = await client.batch([step('head'), step('a', ['head']), step('b', ['head'])]);
    expect(seen.map((r) => innerRequests(r).map((i) => [i.id, i.dependsOn]))).toEqual([
      [['head', undefined]],
      [
        ['a', undefined],
        ['b', undefined],
      ],
    ]);
    expect(seen.every(acceptedByGraph)).toBe(true);
    expect(outcomes.map((o) => [o.id, o.status])).toEqual([
      ['head', 200],
      ['a', 200],
      ['b', 200],
    ]);
  });

  it('does not send the dependants of a step that failed in an earlier batch: they fail with its error', async () => {
    const { client, seen } = batchServer((inner) =>
      inner.id === 'head'
        ? { status: 412, body: { error: { code: 'resourceModified', message: 'stale' } } }
        : { status: 200, body: {} },
    );
    const outcomes = await client.batch([
      step('head'),
      step('a', ['head']),
      step('b', ['head']),
      step('c', ['a']),
    ]);
    expect(seen).toHaveLength(1);
    expect(outcomes.map((o) => o.status)).toEqual([412, 424, 424, 424]);
    for (const outcome of outcomes) expect(isPortError(outcome.error, 'conflict')).toBe(true);
  });

  it('sends only fully parallel or fully sequential batches of at most 20, dependencies first', async () => {
    const stepsArbitrary = fc
      .array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 45 })
      .map((picks) =>
        picks.map((targets, index) =>
          step(
            `s${index}`,
            index === 0 ? undefined : [...new Set(targets.map((t) => `s${t % index}`))],
          ),
        ),
      );
    await fc.assert(
      fc.asyncProperty(stepsArbitrary, async (steps) => {
        const { client, seen } = batchServer(() => ({ status: 200, body: {} }));
        const outcomes = await client.batch(steps);
        const sentAt = new Map<string, number>();
        seen.forEach((request, batchIndex) => {
          expect(acceptedByGraph(request), request.body).toBe(true);
          for (const inner of innerRequests(request)) sentAt.set(inner.id, batchIndex);
        });
        for (const s of steps) {
          const at = sentAt.get(s.id) ?? -1;
          for (const dependency of s.dependsOn ?? []) {
            const before = sentAt.get(dependency) ?? Infinity;
            expect(before < at || (before === at && s.dependsOn?.length === 1)).toBe(true);
          }
        }
        expect(outcomes.every((o) => o.status === 200)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects duplicate ids and dependencies on later steps before sending anything', async () => {
    const { client, seen } = batchServer(() => ({ status: 200 }));
    await expect(client.batch([step('a'), step('A')])).rejects.toMatchObject({ kind: 'invalid' });
    await expect(client.batch([step('a', ['b']), step('b')])).rejects.toMatchObject({
      kind: 'invalid',
    });
    expect(seen).toHaveLength(0);
  });
});
