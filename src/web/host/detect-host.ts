/** Where the app is running. The same bundle serves a Teams tab, an Outlook add-in and a browser tab. */
export type HostKind = 'teams' | 'outlook' | 'browser';

export type HostTheme = 'light' | 'dark' | 'contrast';

/** The page Outlook opens for the add-in (the manifest's `extensions` runtime page). */
export const ADDIN_PAGE = '/addin.html';

/**
 * The Teams manifest opens the tab with `?host=teams`, so detection never waits on the Teams SDK
 * handshake in a plain browser (where it would only time out). The add-in page is Outlook's
 * alone: Office.js loads asynchronously there, so its global cannot be what tells.
 */
export function detectHostKind(location: Pick<Location, 'search' | 'pathname'>): HostKind {
  const host = new URLSearchParams(location.search).get('host');
  if (host === 'teams') return 'teams';
  if (host === 'outlook' || location.pathname === ADDIN_PAGE) return 'outlook';
  return 'browser';
}

export function mapTeamsTheme(theme: string | undefined): HostTheme {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light';
}

export function browserTheme(): HostTheme {
  if (typeof matchMedia !== 'function') return 'light';
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
