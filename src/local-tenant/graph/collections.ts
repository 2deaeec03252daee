import type { TenantContext } from '../core/context';
import { graphError, type Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';

/** `@odata.context` for a Graph response, e.g. `users`, `users(displayName)/$entity`. */
export function odataContext(ctx: TenantContext, fragment: string): string {
  return `${ctx.urls.graph}/$metadata#${fragment}`;
}

/** `users` or `users(displayName,mail)`: Graph names the selected properties in the context. */
export function contextWithSelect(entitySet: string, select: string[] | undefined): string {
  return select && select.length > 0 ? `${entitySet}(${select.join(',')})` : entitySet;
}

export function encodeSkipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, v: 1 })).toString('base64url');
}

export function decodeSkipToken(token: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (typeof parsed === 'object' && parsed !== null && 'o' in parsed) {
      const offset = parsed.o;
      if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The same request with `$skiptoken` replaced; Graph keeps `$` literal in its links. */
export function nextLink(ctx: TenantContext, req: TenantRequest, skipToken: string): string {
  const parts: string[] = [];
  for (const [key, value] of req.query) {
    if (key.replace(/^\$/, '').toLowerCase() === 'skiptoken') continue;
    parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skiptoken=${skipToken}`);
  return `${ctx.urls.base}${req.path}?${parts.join('&')}`;
}

/** Graph's answer to an unreadable body: 413 when too large, 400 when not JSON. */
export function graphBodyError(result: {
  reason: 'too-large' | 'malformed';
  message: string;
}): Reply {
  return result.reason === 'too-large'
    ? graphError(413, 'RequestEntityTooLarge', result.message)
    : graphError(400, 'BadRequest', result.message);
}
