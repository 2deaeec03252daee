import { vi } from 'vitest';
/**
 * A parent window that answers teams-js's postMessage protocol the way Teams does, for the few
 * calls the app makes (`initialize`, `getContext`, `appInitialization.success`), and a child
 * window (the app's frame) to run teams-js in under Node. Same origin as the child, which
 * teams-js trusts without its list of Microsoft origins.
 */
interface Request {
  id: number;
  uuid?: string;
  func: string;
}

type Listener = (event: { data: unknown; source: unknown; origin: string }) => void;

export interface FakeTeamsOptions {
  /** The runtime's `supports.nestedAppAuth` and `isNAAChannelRecommended`. */
  nestedAppAuth: boolean;
  /** Teams' legacy context fields, as the host sends them. */
  context: Record<string, unknown>;
}

const ORIGIN = 'https://app.contoso.test';

export function fakeTeamsFrame(options: FakeTeamsOptions) {
  const listeners = new Set<Listener>();
  const calls: string[] = [];
  const child: Record<string, unknown> = {
    location: {
      origin: ORIGIN,
      href: `${ORIGIN}/index.html?host=teams`,
      search: '?host=teams',
      protocol: 'https:',
      host: 'app.contoso.test',
    },
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') listeners.add(listener);
    },
    removeEventListener: (type: string, listener: Listener) => {
      if (type === 'message') listeners.delete(listener);
    },
  };
  const runtime = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isNAAChannelRecommended: options.nestedAppAuth,
    isLegacyTeams: false,
    supports: {
      appInstallDialog: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      teamsCore: {},
      ...(options.nestedAppAuth ? { nestedAppAuth: {} } : {}),
    },
  };
  const answer = (request: Request): unknown[] => {
    switch (request.func) {
      case 'initialize':
        // Teams' order: the runtime comes last. teams-js also accepts it third, but installs the
        // nested app auth bridge only from the fourth argument.
        return ['content', 'web', '2.58.0', JSON.stringify(runtime)];
      case 'getContext':
        return [{ frameContext: 'content', hostClientType: 'web', ...options.context }];
      default:
        return [];
    }
  };
  const parent = {
    postMessage: (message: Request) => {
      calls.push(message.func);
      const data = { id: message.id, uuid: message.uuid, args: answer(message) };
      queueMicrotask(() => {
        for (const listener of listeners) listener({ data, source: parent, origin: ORIGIN });
      });
    },
  };
  child.parent = parent;
  child.top = parent;
  child.self = child;
  child.opener = null;
  return {
    window: child,
    calls,
    /** Teams switching theme, as its `themeChange` message; resolves once teams-js has handled it. */
    changeTheme: async (theme: string) => {
      const data = { func: 'themeChange', args: [theme] };
      for (const listener of listeners) listener({ data, source: parent, origin: ORIGIN });
      // teams-js checks the sender's origin asynchronously before it calls the handler.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

/** A Teams context as the fake parent answers it: Yuki, in Tokyo, French formats, dark. */
export const TEAMS_CONTEXT = {
  locale: 'en-gb',
  theme: 'dark',
  entityId: 'home',
  subEntityId: 'contract:u-yuki',
  userObjectId: 'u-yuki',
  tid: 't-contoso',
  loginHint: 'yuki@contoso.test',
  userPrincipalName: 'yuki@contoso.test',
  osLocaleInfo: {
    platform: 'windows',
    regionalFormat: 'fr-fr',
    shortDate: 'dd/MM/yyyy',
    longDate: 'dddd d MMMM yyyy',
    shortTime: 'HH:mm',
    longTime: 'HH:mm:ss',
    timezone: 'Asia/Tokyo',
  },
};

/**
 * teams-js keeps its state in module globals and initialises once per page, so each test file
 * connects once (one page), in its own window; `vi.unstubAllGlobals()` after it.
 */
export async function connectInFrame(nestedAppAuth: boolean) {
  vi.resetModules();
  const frame = fakeTeamsFrame({ nestedAppAuth, context: TEAMS_CONTEXT });
  vi.stubGlobal('window', frame.window);
  vi.stubGlobal('document', { getElementsByTagName: () => [], readyState: 'complete' });
  const { connectTeams } = await import('../../../../src/web/host/connect-host');
  const connection = await connectTeams(frame.window as unknown as Window);
  return { frame, connection };
}
