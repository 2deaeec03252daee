import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { AutosaveEngine, AutosaveSnapshot } from './autosave-engine';

const noop = () => undefined;

/**
 * Runs an autosave while the screen shows it: reads on mount, tries again as soon as the browser
 * says it is back online, and on leaving sends what was still waiting for its pause.
 */
export function useAutosave<T>(
  engine: AutosaveEngine<T> | undefined,
): AutosaveSnapshot<T> | undefined {
  useEffect(() => {
    if (!engine) return;
    void engine.start();
    const online = () => {
      engine.retry();
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      engine.stop();
    };
  }, [engine]);
  const subscribe = useCallback(
    (listener: () => void) => (engine ? engine.subscribe(listener) : noop),
    [engine],
  );
  const read = useCallback(() => engine?.getSnapshot(), [engine]);
  return useSyncExternalStore(subscribe, read);
}

/** The browser's own idea of being online; a failed request says more, so it is only a hint. */
export function browserIsOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine;
}
