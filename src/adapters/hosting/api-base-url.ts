/**
 * The career API's base URL as a deployment gives it, twice: to the app in /config.json
 * (`apiBaseUrl`) and to the build (API_BASE_URL), whose Content-Security-Policy must admit the
 * same origin. One rule for both, so a value one accepts the other does too.
 */

const EXAMPLE = 'e.g. https://career-api.azurewebsites.net/api';

/** What is wrong with `value` as the API's base URL, worded to follow the setting's name. */
export function apiBaseUrlProblem(value: string): string | undefined {
  // https only: every call carries the person's token for the API.
  if (!/^https:\/\/[^/?#\s]+/i.test(value) || !URL.canParse(value)) {
    return `must be an absolute https:// URL, ${EXAMPLE}`;
  }
  if (/[?#]/.test(value)) {
    return `must be an https:// URL without ?query or #fragment, ${EXAMPLE}`;
  }
  return undefined;
}

/** The base URL the client appends paths to (`/team`), without a trailing slash. */
export function normaliseApiBaseUrl(value: string): string {
  return value.replace(/\/+$/, '');
}
