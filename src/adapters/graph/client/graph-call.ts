import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { PortError } from '../../../app/ports';

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type QueryValue = string | number | boolean | undefined;

/** One Graph request, described in adapter terms; the client turns it into a URL and headers. */
export interface GraphCall {
  method: GraphMethod;
  /** Path under the version root, e.g. `/me/events`. Callers encode ids with `segment()`. */
  path: string;
  /** Values are URL-encoded by the client; undefined values are left out. */
  query?: Readonly<Record<string, QueryValue>>;
  headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON unless it is a string, which is sent as it is. */
  body?: unknown;
  /** Delegated scopes the request needs, asked of the token source. */
  scopes: readonly string[];
  /**
   * True when repeating the request after a lost connection cannot do anything twice (reads, or
   * writes Graph de-duplicates such as an event with a transactionId). 429/503/504 are retried
   * regardless, as Graph did not act on them.
   */
  retrySafe?: boolean;
  /** `text` hands back the body as it came (file content), whatever its content type. */
  readAs?: 'json' | 'text';
}

/** What the middleware chain reports back for one call, beyond the HTTP response. */
export class CallState implements MiddlewareOptions {
  /** Set when the call failed before a response arrived (token, network). */
  failure: PortError | undefined;
  /** Sleeps taken before retries, in order (milliseconds). */
  readonly waits: number[] = [];
  attempts = 0;

  constructor(
    readonly scopes: readonly string[],
    readonly retrySafe: boolean,
  ) {}

  /** Starts a new attempt. */
  beginAttempt(): void {
    this.failure = undefined;
    this.attempts += 1;
  }
}

/** Encodes one path segment (an id, a file name) so it cannot change the path's shape. */
export function segment(value: string): string {
  return encodeURIComponent(value).replace(/'/g, '%27');
}

/** Quotes a value for an OData string literal (`'it''s'`). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `path?query` with every value encoded; `$`-names and `@`-names are kept as Graph expects. */
export function pathWithQuery(path: string, query: GraphCall['query']): string {
  const pairs = Object.entries(query ?? {}).flatMap(([name, value]) =>
    value === undefined ? [] : [`${name}=${encodeURIComponent(String(value))}`],
  );
  if (pairs.length === 0) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${pairs.join('&')}`;
}

export function isRetrySafe(call: GraphCall): boolean {
  return call.retrySafe ?? call.method === 'GET';
}
