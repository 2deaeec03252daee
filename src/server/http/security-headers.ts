import type { MiddlewareHandler } from 'hono';

/**
 * The hosts allowed to frame the app's pages: Teams (web and desktop), Outlook on the web and the
 * Microsoft 365 app. The API's own answers are JSON and never framed, but the same policy is sent
 * so that a response opened directly cannot be framed elsewhere.
 */
export const FRAME_ANCESTORS = [
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.skype.com',
  'outlook.office.com',
  'outlook.office365.com',
  '*.office.com',
  '*.microsoft365.com',
  '*.cloud.microsoft',
] as const;

const frameAncestors = FRAME_ANCESTORS.map((host) => `https://${host}`).join(' ');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `frame-ancestors 'self' ${frameAncestors}`,
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
