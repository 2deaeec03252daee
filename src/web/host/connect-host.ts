import { connectOutlook, NotInOutlookError } from './connect-outlook';
import { browserTheme, mapTeamsTheme, type HostKind, type HostTheme } from './detect-host';
import { browserHostContext, hostContextFromTeams, type HostContext } from './host-context';

/** The host as the app talks to it: answered once per page, before anything signs in. */
export interface HostConnection {
  context: HostContext;
  /**
   * The host brokers sign-in through nested app auth, so MSAL's nestable client talks to it. When
   * false inside a host, sign-in uses the standard client in a popup.
   */
  nestedAppAuth: boolean;
  /** Why the host did not answer; the app then runs as if framed by an unknown page. */
  problem?: string;
  /** The add-in page opened outside Outlook: the app shows only where to open it. */
  notInHost?: boolean;
  /** Called with each theme the host switches to; returns how to stop listening. */
  readonly onThemeChange: (listener: (theme: HostTheme) => void) => () => void;
}

/**
 * Nested app auth is used only where the host recommends it AND its bridge is in place: teams-js
 * installs `window.nestedAppAuthBridge` during `app.initialize()` when the host's runtime supports
 * nested app auth, and MSAL's nestable client looks for exactly that object; without it MSAL
 * would quietly fall back to the standard client while we believed we were nested.
 */
export function teamsOffersNestedAppAuth(recommended: boolean, target: object): boolean {
  return recommended && 'nestedAppAuthBridge' in target;
}

function themeListeners(): {
  readonly emit: (theme: HostTheme) => void;
  readonly add: (listener: (theme: HostTheme) => void) => () => void;
} {
  const listeners = new Set<(theme: HostTheme) => void>();
  return {
    emit: (theme) => {
      for (const listener of listeners) listener(theme);
    },
    add: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Teams (and the Microsoft 365 hosts that run Teams tabs: Outlook, the Microsoft 365 app).
 * `app.initialize()` completes before anything else is asked, so the nested app auth bridge
 * exists by the time the auth client is created; creating both at once was a race MSAL lost.
 */
export async function connectTeams(target: Window): Promise<HostConnection> {
  const { app, nestedAppAuth } = await import('@microsoft/teams-js');
  await app.initialize();
  const themes = themeListeners();
  app.registerOnThemeChangeHandler((theme) => {
    themes.emit(mapTeamsTheme(theme));
  });
  const context = hostContextFromTeams(
    await app.getContext(),
    browserHostContext('teams', browserTheme()),
  );
  const nested = teamsOffersNestedAppAuth(nestedAppAuth.isNAAChannelRecommended(), target);
  await app.notifySuccess();
  return { context, nestedAppAuth: nested, onThemeChange: themes.add };
}

async function connectToOutlook(): Promise<HostConnection> {
  const { context, nestedAppAuth } = await connectOutlook();
  return { context, nestedAppAuth, onThemeChange: () => () => undefined };
}

async function connect(kind: HostKind): Promise<HostConnection> {
  if (kind === 'browser') {
    return {
      context: browserHostContext('browser', browserTheme()),
      nestedAppAuth: false,
      onThemeChange: () => () => undefined,
    };
  }
  try {
    return kind === 'teams' ? await connectTeams(window) : await connectToOutlook();
  } catch (error) {
    const host = kind === 'teams' ? 'Microsoft Teams' : 'Outlook';
    return {
      context: browserHostContext(kind, browserTheme()),
      nestedAppAuth: false,
      ...(error instanceof NotInOutlookError ? { notInHost: true } : {}),
      problem: `Could not connect to ${host}: ${error instanceof Error ? error.message : String(error)}`,
      onThemeChange: () => () => undefined,
    };
  }
}

const connections = new Map<HostKind, Promise<HostConnection>>();

/**
 * Once per page: teams-js may be initialised only once, and the theme, the host context and
 * sign-in all wait on the same answer. Never rejects: a host that does not answer still lets the
 * app run (with a warning) and sign in with the standard client.
 */
export function connectHost(kind: HostKind): Promise<HostConnection> {
  let pending = connections.get(kind);
  if (!pending) {
    pending = connect(kind);
    connections.set(kind, pending);
  }
  return pending;
}
