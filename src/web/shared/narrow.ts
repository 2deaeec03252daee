import { useSyncExternalStore } from 'react';

/**
 * The width below which screens take their narrow layout: the Teams meeting side panel (320–400
 * px) and a phone. The same breakpoint for styles and for what a component renders.
 */
export const NARROW_QUERY = '(max-width: 479.98px)';
export const NARROW = `@media ${NARROW_QUERY}`;
export const WIDE = '@media (min-width: 480px)';

/** Kept for screen readers (a heading in the outline), out of sight on a narrow screen. */
export const HIDDEN_WHEN_NARROW = {
  [NARROW]: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
} as const;

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

/** True while the window is narrow; follows the window as it is resized. */
export function useIsNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
