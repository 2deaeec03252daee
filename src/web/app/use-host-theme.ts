import { useEffect, useState } from 'react';
import { browserTheme, connectHost, type HostKind, type HostTheme } from '../host/detect-host';

const STORAGE_KEY = 'career-conversations.theme';

function storedTheme(): HostTheme | undefined {
  const value = localStorage.getItem(STORAGE_KEY);
  return value === 'light' || value === 'dark' || value === 'contrast' ? value : undefined;
}

/**
 * In Teams the theme follows Teams (and its changes); elsewhere it follows the user's choice,
 * falling back to the operating system's preference.
 */
export function useHostTheme(host: HostKind): {
  theme: HostTheme;
  chooseTheme?: (theme: HostTheme) => void;
  hostError?: string;
} {
  const [theme, setTheme] = useState<HostTheme>(() => storedTheme() ?? browserTheme());
  const [hostError, setHostError] = useState<string>();

  useEffect(() => {
    let active = true;
    connectHost(host, (next) => {
      if (active) setTheme(next);
    })
      .then((initial) => {
        if (active && (host === 'teams' || storedTheme() === undefined)) setTheme(initial);
      })
      .catch((error: unknown) => {
        if (active) {
          setHostError(
            `Could not connect to ${host === 'teams' ? 'Microsoft Teams' : 'Outlook'}: ${
              error instanceof Error ? error.message : String(error)
            }`,
          );
        }
      });
    return () => {
      active = false;
    };
  }, [host]);

  if (host === 'teams') return hostError ? { theme, hostError } : { theme };
  const chooseTheme = (next: HostTheme): void => {
    localStorage.setItem(STORAGE_KEY, next);
    setTheme(next);
  };
  return hostError ? { theme, chooseTheme, hostError } : { theme, chooseTheme };
}
