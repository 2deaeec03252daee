import { useState } from 'react';
import { browserTheme, type HostTheme } from '../host/detect-host';
import type { HostContext } from '../host/host-context';

const STORAGE_KEY = 'career-conversations.theme';

function storedTheme(): HostTheme | undefined {
  const value = localStorage.getItem(STORAGE_KEY);
  return value === 'light' || value === 'dark' || value === 'contrast' ? value : undefined;
}

/**
 * In Teams the theme follows Teams (and its changes, which arrive in the host context), and in
 * Outlook it follows Outlook's Office theme; elsewhere it follows the user's choice, falling back
 * to the operating system's preference.
 */
export function useHostTheme(host: HostContext): {
  theme: HostTheme;
  chooseTheme?: (theme: HostTheme) => void;
} {
  const [chosen, setChosen] = useState<HostTheme>(() => storedTheme() ?? browserTheme());
  if (host.kind === 'teams' || host.kind === 'outlook') return { theme: host.theme };
  const chooseTheme = (next: HostTheme): void => {
    localStorage.setItem(STORAGE_KEY, next);
    setChosen(next);
  };
  return { theme: chosen, chooseTheme };
}
