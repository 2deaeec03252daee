/** Where the app is running. The same bundle serves a Teams tab, an Outlook add-in and a browser tab. */
export type HostKind = 'teams' | 'outlook' | 'browser';

export type HostTheme = 'light' | 'dark' | 'contrast';

export interface OfficeGlobal {
  onReady(): Promise<{ host: string | null }>;
  context?: {
    officeTheme?: { bodyBackgroundColor?: string };
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export function officeGlobal(): OfficeGlobal | undefined {
  const candidate = (globalThis as { Office?: unknown }).Office;
  if (typeof candidate === 'object' && candidate !== null && 'onReady' in candidate) {
    return candidate as OfficeGlobal;
  }
  return undefined;
}

/**
 * The Teams manifest opens the tab with `?host=teams`, so detection never waits on the Teams SDK
 * handshake in a plain browser (where it would only time out).
 */
export function detectHostKind(location: Pick<Location, 'search'>): HostKind {
  const host = new URLSearchParams(location.search).get('host');
  if (host === 'teams') return 'teams';
  if (host === 'outlook' || officeGlobal() !== undefined) return 'outlook';
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
