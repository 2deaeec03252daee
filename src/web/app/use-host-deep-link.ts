import { useEffect, useRef } from 'react';
import type { HostContext } from '../host/host-context';
import { hrefFor, routeFromSubPageId } from './routes';

/**
 * A Teams deep link opens the tab with a `subPageId` (the same grammar as the hash route): the
 * tab starts on that screen, once. The address then belongs to the person: moving on, or back to
 * their home, is never overridden by the link that opened the tab.
 */
export function useHostDeepLink(context: HostContext): void {
  const opened = useRef<string | undefined>(undefined);
  const { subPageId } = context;
  useEffect(() => {
    if (subPageId === undefined || subPageId === '' || opened.current === subPageId) return;
    opened.current = subPageId;
    const hash = window.location.hash;
    if (hash !== '' && hash !== '#' && hash !== '#/') return;
    window.history.replaceState(null, '', hrefFor(routeFromSubPageId(subPageId)));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, [subPageId]);
}
