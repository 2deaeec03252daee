import { Client, ResponseType, type GraphRequest } from '@microsoft/microsoft-graph-client';
import { z } from 'zod/mini';
import { runBatch, type BatchOutcome, type BatchStep } from './batch';
import { CallState, isRetrySafe, pathWithQuery, type GraphCall } from './graph-call';
import { PortError } from '../../../app/ports';
import {
  portErrorFromBadResponse,
  portErrorFromFailure,
  portErrorFromResponse,
  userMessage,
} from './graph-errors';
import { AuthMiddleware, FetchMiddleware, RetryMiddleware } from './middleware';
import { collectionPage } from './odata';
import {
  DEFAULT_RETRY_POLICY,
  defaultSleep,
  parseRetryAfter,
  type RetryPolicy,
} from './retry-policy';

export interface GraphClientOptions {
  /** `https://graph.microsoft.com` (default) or the local tenant's Graph URL; `/v1.0` optional. */
  baseUrl?: string;
  /** The product's token source; asked for the delegated scopes each request needs. */
  getAccessToken: (scopes: string[]) => Promise<string>;
  fetch?: typeof fetch;
  /** Injected so tests can record waits instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  maxRetries?: number;
  retryPolicy?: Partial<RetryPolicy>;
}

export interface GraphResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, text for other content, undefined when empty. */
  body: unknown;
  /** Attempts made and the waits between them (for tests and diagnostics). */
  attempts: number;
  waits: readonly number[];
}

export interface GraphClient {
  /** `{origin}/v1.0`: every URL the client calls, nextLinks included, starts with it. */
  readonly root: string;
  /** Sends one request; an answer outside 2xx becomes a PortError. */
  send(call: GraphCall): Promise<GraphResult>;
  /** Sends and parses the body; an unreadable body is an `unavailable` PortError. */
  json<T>(call: GraphCall, schema: z.core.$ZodType<T>): Promise<T>;
  /** Every item of a collection, following `@odata.nextLink`; unreadable items are left out. */
  collect<T>(
    call: GraphCall,
    item: z.core.$ZodType<T>,
    options?: { maxPages?: number },
  ): Promise<T[]>;
  /** Sends the steps through `/$batch` in chunks of at most 20, retrying inner 429s only. */
  batch(steps: readonly BatchStep[]): Promise<BatchOutcome[]>;
  /**
   * A file's content from its pre-authenticated `@microsoft.graph.downloadUrl`, as text. Sent
   * without the token: the URL is its own credential and lives on another host (SharePoint).
   * A 404 is `not-found`; any other failure is `unavailable`.
   */
  download(url: string): Promise<string>;
}

const VERSION = 'v1.0';

function originOf(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '').replace(/\/v1\.0$/i, '');
}

function hasHeader(headers: Readonly<Record<string, string>>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name.toLowerCase());
}

async function readBody(
  response: Response,
  readAs: GraphCall['readAs'],
): Promise<{ body: unknown; readable: boolean }> {
  const text = await response.text();
  if (readAs === 'text' && response.ok) return { body: text, readable: true };
  if (text === '') return { body: undefined, readable: true };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return { body: text, readable: true };
  try {
    return { body: JSON.parse(text) as unknown, readable: true };
  } catch {
    return { body: text, readable: false };
  }
}

function dispatch(request: GraphRequest, call: GraphCall, body: string | undefined) {
  switch (call.method) {
    case 'GET':
      return request.get() as Promise<Response | undefined>;
    case 'DELETE':
      return request.delete() as Promise<Response | undefined>;
    case 'POST':
      return request.post(body) as Promise<Response | undefined>;
    case 'PATCH':
      return request.patch(body) as Promise<Response | undefined>;
    case 'PUT':
      return request.put(body) as Promise<Response | undefined>;
  }
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const origin = originOf(options.baseUrl ?? 'https://graph.microsoft.com');
  const root = `${origin}/${VERSION}`;
  // A caller that sets `maxRetries` means it for throttling too, unless its policy says otherwise.
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    ...(options.maxRetries === undefined
      ? {}
      : { maxRetries: options.maxRetries, maxThrottledRetries: options.maxRetries }),
    ...options.retryPolicy,
    ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
  };
  const sleep = options.sleep ?? defaultSleep;
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const sdk = Client.initWithMiddleware({
    baseUrl: `${origin}/`,
    defaultVersion: VERSION,
    middleware: [
      new AuthMiddleware(options.getAccessToken),
      new RetryMiddleware(policy, sleep),
      new FetchMiddleware(fetchImpl),
    ],
  });

  async function send(call: GraphCall): Promise<GraphResult> {
    const state = new CallState(call.scopes, isRetrySafe(call));
    const headers: Record<string, string> = {
      // One id across retries, so Graph's logs tie the attempts together.
      'client-request-id': crypto.randomUUID(),
      ...call.headers,
    };
    const body =
      call.body === undefined || typeof call.body === 'string'
        ? call.body
        : JSON.stringify(call.body);
    if (body !== undefined && !hasHeader(headers, 'content-type')) {
      headers['Content-Type'] = 'application/json';
    }
    const request = sdk
      .api(pathWithQuery(call.path, call.query))
      .headers(headers)
      .middlewareOptions([state])
      .responseType(ResponseType.RAW);
    let response: Response | undefined;
    try {
      response = await dispatch(request, call, body);
    } catch (error) {
      throw portErrorFromFailure('unavailable', error);
    }
    if (!response) throw state.failure ?? portErrorFromFailure('unavailable', undefined);
    const where = { method: call.method, path: call.path };
    const read = await readBody(response, call.readAs);
    if (!response.ok) {
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
      throw portErrorFromResponse(response.status, read.body, where, retryAfter);
    }
    if (!read.readable) throw portErrorFromBadResponse(where, 'The body is not valid JSON.');
    return {
      status: response.status,
      headers: response.headers,
      body: read.body,
      attempts: state.attempts,
      waits: state.waits,
    };
  }

  async function json<T>(call: GraphCall, schema: z.core.$ZodType<T>): Promise<T> {
    const result = await send(call);
    const parsed = z.safeParse(schema, result.body);
    if (!parsed.success) {
      throw portErrorFromBadResponse(
        { method: call.method, path: call.path },
        parsed.error.message,
      );
    }
    return parsed.data;
  }

  /** A nextLink is followed only when it points back at Graph: the token never leaves. */
  function relativeTo(nextLink: string, call: GraphCall): string {
    if (!nextLink.toLowerCase().startsWith(`${root.toLowerCase()}/`)) {
      throw portErrorFromBadResponse(
        { method: call.method, path: call.path },
        `nextLink outside ${root}`,
      );
    }
    return nextLink.slice(root.length);
  }

  async function collect<T>(
    call: GraphCall,
    item: z.core.$ZodType<T>,
    { maxPages = 100 }: { maxPages?: number } = {},
  ): Promise<T[]> {
    const items: T[] = [];
    let next: GraphCall | undefined = call;
    for (let page = 0; next && page < maxPages; page += 1) {
      const current: GraphCall = next;
      const body = await json(current, collectionPage);
      for (const raw of body.value) {
        const parsed = z.safeParse(item, raw);
        if (parsed.success) items.push(parsed.data);
      }
      const link = body['@odata.nextLink'];
      // The next link carries the query already.
      next = link ? { ...call, path: relativeTo(link, call), query: {} } : undefined;
    }
    return items;
  }

  async function download(url: string): Promise<string> {
    const where = { method: 'GET', path: '@microsoft.graph.downloadUrl' };
    if (!/^https?:\/\//i.test(url)) throw portErrorFromBadResponse(where, 'not an http(s) URL');
    let response: Response;
    try {
      response = await fetchImpl(url, { method: 'GET', credentials: 'omit' });
    } catch (error) {
      throw portErrorFromFailure('unavailable', error);
    }
    const text = await response.text();
    if (response.ok) return text;
    const error = portErrorFromResponse(response.status, text, where, undefined);
    // An expired URL (401) is not the person's sign-in: reading again issues a fresh one.
    throw response.status === 404
      ? error
      : new PortError('unavailable', userMessage('unavailable'), { cause: error });
  }

  return {
    root,
    send,
    json,
    collect,
    batch: (steps) => runBatch(steps, { send, policy, sleep }),
    download,
  };
}
