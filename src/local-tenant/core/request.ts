import type { IncomingMessage } from 'node:http';
import { parseODataQuery, type ODataQuery } from './odata-query';

export const JSON_BODY_LIMIT = 4 * 1024 * 1024; // Graph rejects request bodies over 4 MB
export const FORM_BODY_LIMIT = 1024 * 1024;

export type BodyResult<T> =
  { ok: true; value: T } | { ok: false; reason: 'too-large' | 'malformed'; message: string };

/** One incoming HTTP request, as every handler sees it. */
export class TenantRequest {
  readonly method: string;
  readonly url: URL;
  readonly path: string;
  readonly query: URLSearchParams;
  params: Record<string, string> = {};
  private bodyPromise: Promise<Buffer | undefined> | undefined;
  private odataCache: ODataQuery | undefined;

  constructor(
    readonly raw: IncomingMessage,
    readonly requestId: string,
    readonly clientRequestId: string,
    readonly receivedAt: Date,
  ) {
    this.method = (raw.method ?? 'GET').toUpperCase();
    this.url = new URL(raw.url ?? '/', 'http://local-tenant.invalid');
    this.path = this.url.pathname;
    this.query = this.url.searchParams;
  }

  header(name: string): string | undefined {
    const value = this.raw.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  }

  /** OData system query options; `$` is optional on v1.0 and names are case-insensitive. */
  get odata(): ODataQuery {
    this.odataCache ??= parseODataQuery(this.query);
    return this.odataCache;
  }

  cookie(name: string): string | undefined {
    const header = this.header('cookie');
    if (!header) return undefined;
    for (const part of header.split(';')) {
      const [key, ...rest] = part.trim().split('=');
      if (key === name) return decodeURIComponent(rest.join('='));
    }
    return undefined;
  }

  async readText(limit = JSON_BODY_LIMIT): Promise<BodyResult<string>> {
    const bytes = await this.readBytes(limit);
    if (bytes === undefined) {
      return { ok: false, reason: 'too-large', message: `Request body exceeds ${limit} bytes.` };
    }
    return { ok: true, value: bytes.toString('utf8') };
  }

  async readJson(limit = JSON_BODY_LIMIT): Promise<BodyResult<unknown>> {
    const textResult = await this.readText(limit);
    if (!textResult.ok) return textResult;
    if (textResult.value.trim() === '') {
      return { ok: false, reason: 'malformed', message: 'Empty Payload. JSON content expected.' };
    }
    try {
      return { ok: true, value: JSON.parse(textResult.value) as unknown };
    } catch {
      return {
        ok: false,
        reason: 'malformed',
        message:
          'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
      };
    }
  }

  async readForm(limit = FORM_BODY_LIMIT): Promise<BodyResult<URLSearchParams>> {
    const textResult = await this.readText(limit);
    if (!textResult.ok) return textResult;
    return { ok: true, value: new URLSearchParams(textResult.value) };
  }

  /** Resolves to undefined when the body is over the limit (the rest is drained, not buffered). */
  private readBytes(limit: number): Promise<Buffer | undefined> {
    this.bodyPromise ??= new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      this.raw.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) tooLarge = true;
        if (!tooLarge) chunks.push(chunk);
      });
      this.raw.on('end', () => {
        resolve(tooLarge ? undefined : Buffer.concat(chunks));
      });
      this.raw.on('error', reject);
    });
    return this.bodyPromise;
  }
}
