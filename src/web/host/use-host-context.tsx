import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { connectHost } from './connect-host';
import { browserTheme, type HostKind } from './detect-host';
import { browserHostContext, type HostContext } from './host-context';

export interface HostConnectionState {
  /** The browser's answers until the host has given its own. */
  context: HostContext;
  /** False until the host answered (or failed to). */
  connected: boolean;
  /** Why the host could not be reached, for a warning in the header. */
  problem?: string;
  /** The add-in page opened outside Outlook. */
  notInHost?: boolean;
}

/** Connects to the host once per page and follows its theme changes. */
export function useHostConnection(kind: HostKind): HostConnectionState {
  const [state, setState] = useState<HostConnectionState>(() => ({
    context: browserHostContext(kind, browserTheme()),
    connected: false,
  }));

  useEffect(() => {
    let active = true;
    let stop: (() => void) | undefined;
    void connectHost(kind).then((connection) => {
      if (!active) return;
      setState({
        context: connection.context,
        connected: true,
        ...(connection.problem ? { problem: connection.problem } : {}),
        ...(connection.notInHost ? { notInHost: true } : {}),
      });
      stop = connection.onThemeChange((theme) => {
        setState((current) => ({ ...current, context: { ...current.context, theme } }));
      });
    });
    return () => {
      active = false;
      stop?.();
    };
  }, [kind]);

  return state;
}

const HostContextValue = createContext<HostContext | undefined>(undefined);

export function HostContextProvider({
  value,
  children,
}: {
  value: HostContext;
  children: ReactNode;
}) {
  return <HostContextValue.Provider value={value}>{children}</HostContextValue.Provider>;
}

/**
 * Who the host says is here, their locale and time zone, the theme, and the deep link's
 * `subPageId`. Outside a provider (a test rendering one screen) it answers as a browser would.
 */
export function useHostContext(): HostContext {
  return useContext(HostContextValue) ?? browserHostContext('browser', browserTheme());
}
