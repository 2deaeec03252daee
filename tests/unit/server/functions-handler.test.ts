import {
  HttpRequest,
  InvocationContext,
  type HttpFunctionOptions,
  type HttpResponseInit,
} from '@azure/functions';
import { describe, expect, it } from 'vitest';
import type { CareerApiDeps } from '../../../src/server/deps';
import { registerCareerApi } from '../../../src/server/functions/register-career-api';
import { createHarness, MANAGER, ORIGIN, REPORT } from './harness';

/**
 * The career API as the Azure Functions host runs it: the function registered on the v4
 * programming model's `app`, driven with `@azure/functions`' own request and context objects.
 */

const HOST = 'https://career-api.azurewebsites.net';

/** Stands in for `app` from `@azure/functions`, which outside the Functions host registers nothing. */
function register(createDeps: () => Promise<CareerApiDeps> | CareerApiDeps) {
  const registered: { name: string; options: HttpFunctionOptions }[] = [];
  registerCareerApi(
    {
      http: (name, options) => {
        registered.push({ name, options });
      },
    },
    createDeps,
  );
  expect(registered).toHaveLength(1);
  const [only] = registered;
  if (!only) throw new Error('nothing registered');
  return only;
}

interface Logged {
  level: string;
  text: string;
}

function invocation(): { context: InvocationContext; logged: Logged[] } {
  const logged: Logged[] = [];
  const context = new InvocationContext({
    functionName: 'career-api',
    invocationId: 'test-invocation',
    logHandler: (level, ...args) => {
      logged.push({ level, text: args.map(String).join(' ') });
    },
  });
  return { context, logged };
}

async function invoke(
  options: HttpFunctionOptions,
  init: { method: string; path: string; headers?: Record<string, string>; body?: unknown },
): Promise<{ response: HttpResponseInit; text: string; logged: Logged[] }> {
  const { context, logged } = invocation();
  const request = new HttpRequest({
    method: init.method,
    url: `${HOST}${init.path}`,
    headers: init.headers ?? {},
    ...(init.body === undefined ? {} : { body: { string: JSON.stringify(init.body) } }),
  });
  // What the host invokes; the API's handler answers a plain HttpResponseInit.
  const response = (await options.handler(request, context)) as HttpResponseInit;
  const body = response.body;
  const text = body instanceof Uint8Array ? new TextDecoder().decode(body) : '';
  return { response, text, logged };
}

const header = (response: HttpResponseInit, name: string): string | undefined =>
  (response.headers as Record<string, string> | undefined)?.[name];

describe('the career API registered on Azure Functions', () => {
  it('registers one anonymous HTTP function for every path and method the API answers, preflight included', () => {
    const { name, options } = register(() => createHarness().deps);
    expect(name).toBe('career-api');
    // The API checks bearer tokens itself; a function key would stop the browser's calls.
    expect(options.authLevel).toBe('anonymous');
    // Under host.json's routePrefix "api", so the path Hono sees still starts with /api.
    expect(options.route).toBe('{*rest}');
    // OPTIONS: the app calls the API cross-origin, so every write is preceded by a preflight.
    expect([...(options.methods ?? [])].sort()).toEqual(
      ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT'].sort(),
    );
  });

  it('answers the public OpenAPI description without a token', async () => {
    const { options } = register(() => createHarness().deps);
    const { response, text } = await invoke(options, { method: 'GET', path: '/api/openapi.json' });
    expect(response.status).toBe(200);
    expect((JSON.parse(text) as { openapi: string }).openapi).toMatch(/^3\./);
  });

  it('refuses an unauthenticated call with 401 and a problem document', async () => {
    const { options } = register(() => createHarness().deps);
    const { response, text } = await invoke(options, { method: 'GET', path: '/api/team' });
    expect(response.status).toBe(401);
    expect(header(response, 'content-type')).toContain('application/problem+json');
    expect(header(response, 'www-authenticate')).toMatch(/^Bearer /);
    const problem = JSON.parse(text) as { status: number; title: string; type: string };
    expect(problem.status).toBe(401);
    expect(problem.title).toBeTruthy();
    expect(problem.type).toBeTruthy();
  });

  it('lets the app’s origin preflight a call with Authorization, and no other origin', async () => {
    const { options } = register(() => createHarness().deps);
    const preflight = (origin: string) =>
      invoke(options, {
        method: 'OPTIONS',
        path: '/api/team',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight(ORIGIN);
    expect(allowed.response.status).toBe(204);
    expect(header(allowed.response, 'access-control-allow-origin')).toBe(ORIGIN);
    expect(header(allowed.response, 'access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
    const refused = await preflight('https://evil.example');
    expect(header(refused.response, 'access-control-allow-origin')).toBeUndefined();
  });

  it('carries a write’s body and headers through and answers with its ETag', async () => {
    const { options } = register(() => createHarness().deps);
    const { response, text } = await invoke(options, {
      method: 'POST',
      path: `/api/people/${REPORT}/triggers`,
      headers: { authorization: `Bearer test:${MANAGER}`, 'content-type': 'application/json' },
      body: { trigger: 'major-milestone' },
    });
    expect(response.status).toBe(201);
    expect(header(response, 'etag')).toMatch(/^"/);
    expect((JSON.parse(text) as { trigger: string }).trigger).toBe('major-milestone');
  });

  it('creates the dependencies once and keeps them for the instance’s life', async () => {
    const harness = createHarness();
    let created = 0;
    const { options } = register(() => {
      created += 1;
      return harness.deps;
    });
    for (let i = 0; i < 3; i += 1) {
      const { response } = await invoke(options, {
        method: 'GET',
        path: '/api/team',
        headers: { authorization: `Bearer test:${MANAGER}` },
      });
      expect(response.status).toBe(200);
    }
    expect(created).toBe(1);
  });

  it('answers a bare 503 while it cannot start, logs why to the invocation, and tries again', async () => {
    let attempts = 0;
    const harness = createHarness();
    const { options } = register(() => {
      attempts += 1;
      if (attempts === 1) return Promise.reject(new Error('list missing; secret=abc'));
      return harness.deps;
    });
    const first = await invoke(options, {
      method: 'GET',
      path: '/api/team',
      headers: { authorization: `Bearer test:${MANAGER}` },
    });
    expect(first.response.status).toBe(503);
    expect(first.text).not.toContain('secret');
    // Application Insights receives what the invocation's context logs, with its invocation id.
    expect(first.logged.some((l) => l.level === 'error' && l.text.includes('list missing'))).toBe(
      true,
    );
    const second = await invoke(options, {
      method: 'GET',
      path: '/api/team',
      headers: { authorization: `Bearer test:${MANAGER}` },
    });
    expect(second.response.status).toBe(200);
    expect(attempts).toBe(2);
  });
});
