/**
 * The career API is served on the app's own origin under /api (the local stack and production
 * alike), so no CORS preflight and no setting to get wrong. If it ever moves to another origin,
 * this is the one place to read it from the app configuration instead.
 */
export function careerApiBaseUrl(): string {
  return `${window.location.origin}/api`;
}
