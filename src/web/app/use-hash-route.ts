import { useEffect, useState } from 'react';

/**
 * Screens are addressed by the URL hash (`#/quick-reference`), which works the same in a Teams
 * tab, an Outlook task pane and a browser, and needs no server rewrite rules.
 */
export function useHashRoute(): string {
  const [route, setRoute] = useState(() => readRoute());
  useEffect(() => {
    const update = (): void => {
      setRoute(readRoute());
    };
    window.addEventListener('hashchange', update);
    return () => {
      window.removeEventListener('hashchange', update);
    };
  }, []);
  return route;
}

function readRoute(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}
