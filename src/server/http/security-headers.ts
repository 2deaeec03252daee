import type { MiddlewareHandler } from 'hono';
import { FRAME_ANCESTOR_SOURCES } from '../../adapters/hosting/frame-ancestors';

// The API's answers are JSON and never framed, but the app's frame-ancestors are sent too, so
// that a response opened directly cannot be framed anywhere else.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `frame-ancestors ${FRAME_ANCESTOR_SOURCES.join(' ')}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Answers carry personal data: no browser, proxy or CDN may keep a copy.
  'Cache-Control': 'no-store',
  Pragma: 'no-cache',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Adds the headers to every answer, errors and CORS preflights included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      c.res.headers.set(name, value);
    }
    c.res.headers.delete('X-Powered-By');
  };
}
