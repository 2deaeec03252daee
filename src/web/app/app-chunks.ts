/**
 * The chunks after the first screen, and when they start loading. The first screen (the shell in
 * app.tsx) paints on React and Fluent alone; everything here is fetched while it does.
 *
 * Temporal: the browser's own where it has one. Elsewhere the polyfill (its own chunk) is
 * installed before any chunk that uses dates runs: in the browser build `temporal-polyfill`
 * resolves to `temporal-global.ts`, which reads the global (vite.config.ts).
 */
let temporal: Promise<unknown> | undefined;
const temporalReady = (): Promise<unknown> =>
  (temporal ??= 'Temporal' in globalThis ? Promise.resolve() : import('temporal-polyfill/global'));

/** Loads a chunk (after Temporal is there) and remembers it once it has loaded. */
export interface ChunkLoader<T> {
  (): Promise<T>;
  /** The chunk's module once a load has finished; undefined before. */
  readonly loaded: () => T | undefined;
}

export const chunkLoader = <T>(load: () => Promise<T>): ChunkLoader<T> => {
  let module: T | undefined;
  // Not the promise: a failed import is tried again on the next call.
  const start = (): Promise<T> =>
    temporalReady()
      .then(load)
      .then((loaded) => (module = loaded));
  return Object.assign(start, { loaded: () => module });
};

export const loadSignedInApp = chunkLoader(() => import('./signed-in-app'));
export const loadSignedOutHome = chunkLoader(() => import('./signed-out-home'));
export const loadMeetingTabConfig = chunkLoader(
  () => import('../features/meeting-panel/meeting-tab-config-screen'),
);
export const loadTeamOverview = chunkLoader(
  () => import('../features/team-overview/team-overview-screen'),
);

/**
 * Starts the chunks the person most likely needs next, before sign-in has answered: the
 * signed-in app, and the manager's home when the address is the home or the team overview (the
 * commonest first screen). A wrong guess costs bytes, never a wait.
 */
export function preloadLikelyScreens(hashPath: string): void {
  void loadSignedInApp();
  if (['', '/', '/team'].includes(hashPath)) void loadTeamOverview();
}
