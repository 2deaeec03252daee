import { describe, expect, it } from 'vitest';
import { createCareerApiClient } from '../../../../src/adapters/career-api/career-api-client';
import { ENDPOINTS, type EndpointName } from '../../../../src/app/api-schemas/endpoints';
import type { EndpointDefinition } from '../../../../src/app/api-schemas/endpoint';

const BASE = 'https://app.example.test/api';

/** Endpoints the web app does not call, each with where it is used instead. */
const NOT_FOR_THE_BROWSER: Partial<Record<EndpointName, string>> = {
  refusals: 'HR admins read the security log with the API directly (docs/admin-guide.md)',
};

/** The request a definition describes: its method, and its path with any value in each `{name}`. */
function matches(endpoint: EndpointDefinition, method: string, url: string): boolean {
  const path = endpoint.path.replace(/^\/api/, '').replace(/\{[A-Za-z]+\}/g, '[^/?]+');
  return (
    method === endpoint.method.toUpperCase() && new RegExp(`^${BASE}${path}(\\?.*)?$`).test(url)
  );
}

/** Every request the client sends, answered with a 500 (only the request matters here). */
function recordingClient() {
  const sent: { method: string; url: string }[] = [];
  const client = createCareerApiClient({
    baseUrl: BASE,
    getAccessToken: () => Promise.resolve('token'),
    fetch: (input, init) => {
      sent.push({
        method: init?.method ?? 'GET',
        url: input instanceof Request ? input.url : input.toString(),
      });
      return Promise.resolve(new Response(null, { status: 500 }));
    },
  });
  return { client, sent };
}

describe('the career API client and the endpoint table', () => {
  it('calls every endpoint meant for the browser, and only endpoints of the table', async () => {
    const { client, sent } = recordingClient();
    const methods = Object.entries(client) as [string, (...args: string[]) => Promise<unknown>][];
    for (const [, method] of methods) {
      // One call at a time, so each GET goes out on its own rather than gathered.
      await method('p-1', 'p-2', 'p-3', 'p-4').catch(() => undefined);
    }
    const named = Object.entries(ENDPOINTS) as [EndpointName, EndpointDefinition][];
    const unmatched = sent.filter((r) => !named.some(([, e]) => matches(e, r.method, r.url)));
    expect(unmatched).toEqual([]);
    const called = new Set(
      named.filter(([, e]) => sent.some((r) => matches(e, r.method, r.url))).map(([name]) => name),
    );
    // Gathered reads are the client's own: two GETs in the same turn go out as one call.
    await Promise.all([client.me(), client.nudgePreferences()]).catch(() => undefined);
    const gathered = sent.at(-1);
    if (gathered && matches(ENDPOINTS.gatheredReads, gathered.method, gathered.url)) {
      called.add('gatheredReads');
    }
    const uncalled = named
      .map(([name]) => name)
      .filter((name) => !called.has(name) && NOT_FOR_THE_BROWSER[name] === undefined);
    expect(uncalled).toEqual([]);
    const calledAnyway = Object.keys(NOT_FOR_THE_BROWSER).filter((name) =>
      called.has(name as EndpointName),
    );
    expect(calledAnyway).toEqual([]);
  });
});
