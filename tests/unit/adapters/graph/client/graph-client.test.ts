import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isPortError, PortError, type PortErrorKind } from '../../../../../src/app/ports';
import { createGraphClient, GraphRequestError } from '../../../../../src/adapters/graph/client';
import {
  fakeFetch,
  graphErrorResponse,
  jsonResponse,
  recordingSleep,
  type Answer,
  type SeenRequest,
} from './fake-fetch';

const SCOPES = ['User.Read'];

function clientWith(
  handler: (request: SeenRequest, index: number) => Answer,
  options: { baseUrl?: string; getAccessToken?: (scopes: string[]) => Promise<string> } = {},
) {
  const fake = fakeFetch(handler);
  const sleeper = recordingSleep();
  const tokenScopes: string[][] = [];
  const client = createGraphClient({
    baseUrl: options.baseUrl ?? 'https://graph.example.test',
    getAccessToken:
      options.getAccessToken ??
      ((scopes) => {
        tokenScopes.push(scopes);
        return Promise.resolve('token-123');
      }),
    fetch: fake.fetch,
    sleep: sleeper.sleep,
  });
  return { client, seen: fake.seen, waits: sleeper.waits, tokenScopes };
}

async function failureOf(promise: Promise<unknown>): Promise<PortError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PortError)) throw new Error(`expected a PortError, got ${String(error)}`);
  return error;
}

describe('createGraphClient: requests', () => {
  it('sends the bearer token, asks the token source for the call scopes and builds the URL', async () => {
    const { client, seen, tokenScopes } = clientWith(() => jsonResponse({ id: 'u1' }));
    const user = await client.json(
      {
        method: 'GET',
        path: '/users/a%2Fb',
        query: { $select: 'id,displayName', $filter: "mail eq 'x&y@z'", skip: undefined },
        scopes: SCOPES,
      },
      z.object({ id: z.string() }),
    );
    expect(user).toEqual({ id: 'u1' });
    expect(tokenScopes).toEqual([SCOPES]);
    const request = seen[0];
    expect(request?.headers.get('authorization')).toBe('Bearer token-123');
    expect(request?.headers.get('client-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const url = new URL(request?.url ?? '');
    expect(url.origin + url.pathname).toBe('https://graph.example.test/v1.0/users/a%2Fb');
    expect(url.searchParams.get('$filter')).toBe("mail eq 'x&y@z'");
    expect(url.searchParams.get('$select')).toBe('id,displayName');
    expect(url.searchParams.has('skip')).toBe(false);
  });

  it('accepts a base URL that already ends in /v1.0 (the local tenant hands that out)', async () => {
    const { client, seen } = clientWith(() => jsonResponse({ value: [] }), {
      baseUrl: 'http://127.0.0.1:4010/v1.0/',
    });
    await client.send({ method: 'GET', path: '/me', scopes: SCOPES });
    expect(seen[0]?.url).toBe('http://127.0.0.1:4010/v1.0/me');
    expect(client.root).toBe('http://127.0.0.1:4010/v1.0');
  });

  it('sends JSON bodies with a content type and strings as they are', async () => {
    const { client, seen } = clientWith(() => new Response(null, { status: 202 }));
    await client.send({ method: 'POST', path: '/me/sendMail', body: { a: 1 }, scopes: SCOPES });
    await client.send({
      method: 'PUT',
      path: '/me/drive/x',
      body: 'plain',
      headers: { 'Content-Type': 'text/plain' },
      scopes: SCOPES,
    });
    expect(seen[0]?.body).toBe('{"a":1}');
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
    expect(seen[1]?.body).toBe('plain');
    expect(seen[1]?.headers.get('content-type')).toBe('text/plain');
  });

  it('follows nextLinks that point back at Graph and skips items it cannot read', async () => {
    const { client, seen } = clientWith((_, index) =>
      index === 0
        ? jsonResponse({
            value: [{ id: 'a' }, { nope: true }],
            '@odata.nextLink': 'https://graph.example.test/v1.0/me/directReports?$skiptoken=X%3D1',
          })
        : jsonResponse({ value: [{ id: 'b' }] }),
    );
    const items = await client.collect(
      { method: 'GET', path: '/me/directReports', query: { $top: 1 }, scopes: SCOPES },
      z.object({ id: z.string() }),
    );
    expect(items).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(seen[1]?.url).toBe('https://graph.example.test/v1.0/me/directReports?$skiptoken=X%3D1');
  });

  it('refuses a nextLink to another host, so the token never leaves Graph', async () => {
    const { client, seen } = clientWith(() =>
      jsonResponse({ value: [], '@odata.nextLink': 'https://evil.example/v1.0/me?x=1' }),
    );
    const error = await failureOf(
      client.collect({ method: 'GET', path: '/me/x', scopes: SCOPES }, z.unknown()),
    );
    expect(error.kind).toBe('unavailable');
    expect(seen).toHaveLength(1);
  });

  it('turns a body that does not match the schema into "unavailable", keeping the issue', async () => {
    const { client } = clientWith(() => jsonResponse({ id: 42 }));
    const error = await failureOf(
      client.json({ method: 'GET', path: '/me', scopes: SCOPES }, z.object({ id: z.string() })),
    );
    expect(error.kind).toBe('unavailable');
    expect(error.cause).toBeInstanceOf(GraphRequestError);
  });
});

describe('createGraphClient: errors', () => {
  const cases: [number, string, PortErrorKind][] = [
    [412, 'preconditionFailed', 'conflict'],
    [409, 'nameAlreadyExists', 'conflict'],
    [428, 'preconditionRequired', 'precondition-required'],
    [404, 'Request_ResourceNotFound', 'not-found'],
    [403, 'Authorization_RequestDenied', 'forbidden'],
    [401, 'InvalidAuthenticationToken', 'unauthenticated'],
    [400, 'BadRequest', 'invalid'],
    [500, 'generalException', 'unavailable'],
    [502, 'badGateway', 'unavailable'],
  ];
  it.each(cases)('maps %i %s to %s with the Graph error as cause', async (status, code, kind) => {
    const { client, seen } = clientWith(() => graphErrorResponse(status, code));
    const error = await failureOf(client.send({ method: 'PATCH', path: '/x', scopes: SCOPES }));
    expect(error.kind).toBe(kind);
    expect(error.message).not.toContain(code);
    const cause = error.cause as GraphRequestError;
    expect(cause).toBeInstanceOf(GraphRequestError);
    expect(cause.status).toBe(status);
    expect(cause.code).toBe(code);
    expect(seen).toHaveLength(1);
  });

  it('fails "unauthenticated" without calling Graph when the token source fails', async () => {
    const { client, seen } = clientWith(() => jsonResponse({}), {
      getAccessToken: () => Promise.reject(new Error('interaction_required')),
    });
    const error = await failureOf(client.send({ method: 'GET', path: '/me', scopes: SCOPES }));
    expect(error.kind).toBe('unauthenticated');
    expect(seen).toHaveLength(0);
  });
});

describe('createGraphClient: retries', () => {
  it('waits exactly the Retry-After Graph names on 429, then succeeds', async () => {
    const { client, waits, seen } = clientWith((_, index) =>
      index < 2
        ? graphErrorResponse(429, 'TooManyRequests', { 'Retry-After': '7' })
        : jsonResponse({ ok: true }),
    );
    const result = await client.send({ method: 'POST', path: '/me/events', scopes: SCOPES });
    expect(waits).toEqual([7000, 7000]);
    expect(result.attempts).toBe(3);
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((r) => r.headers.get('client-request-id'))).size).toBe(1);
  });

  it('backs off exponentially on 503/504 without Retry-After and reports "unavailable" at the end', async () => {
    const { client, waits, seen } = clientWith((_, index) =>
      graphErrorResponse(index % 2 === 0 ? 503 : 504, 'serviceNotAvailable'),
    );
    const error = await failureOf(client.send({ method: 'GET', path: '/me', scopes: SCOPES }));
    expect(error.kind).toBe('unavailable');
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(seen).toHaveLength(4);
  });

  it('reports "throttled" once retries run out, keeping the last Retry-After on the cause', async () => {
    const { client, waits } = clientWith(() =>
      graphErrorResponse(429, 'TooManyRequests', { 'Retry-After': '2' }),
    );
    const error = await failureOf(client.send({ method: 'GET', path: '/me', scopes: SCOPES }));
    expect(isPortError(error, 'throttled')).toBe(true);
    // Throttled with a Retry-After: maxThrottledRetries (6) before giving up.
    expect(waits).toEqual(Array(6).fill(2000));
    expect((error.cause as GraphRequestError).retryAfterMs).toBe(2000);
  });

  it('does not wait out a Retry-After longer than the policy allows', async () => {
    const { client, waits } = clientWith(() =>
      graphErrorResponse(429, 'TooManyRequests', { 'Retry-After': '3600' }),
    );
    const error = await failureOf(client.send({ method: 'GET', path: '/me', scopes: SCOPES }));
    expect(error.kind).toBe('throttled');
    expect(waits).toEqual([]);
  });

  it('retries a lost connection for reads but never repeats a write that may have happened', async () => {
    const read = clientWith((_, index) =>
      index === 0 ? new TypeError('fetch failed') : jsonResponse({ id: 'me' }),
    );
    await read.client.send({ method: 'GET', path: '/me', scopes: SCOPES });
    expect(read.seen).toHaveLength(2);

    const write = clientWith(() => new TypeError('fetch failed'));
    const error = await failureOf(
      write.client.send({ method: 'POST', path: '/me/messages/1/send', scopes: SCOPES }),
    );
    expect(error.kind).toBe('unavailable');
    expect(write.seen).toHaveLength(1);

    const safeWrite = clientWith((_, index) =>
      index === 0 ? new TypeError('fetch failed') : jsonResponse({ id: 'e1' }, 201),
    );
    await safeWrite.client.send({
      method: 'POST',
      path: '/me/events',
      retrySafe: true,
      scopes: SCOPES,
    });
    expect(safeWrite.seen).toHaveLength(2);
  });
});
