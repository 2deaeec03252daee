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

const after =
  <T>(load: () => Promise<T>) =>
  (): Promise<T> =>
    temporalReady().then(load);

export const loadSignedInApp = after(() => import('./signed-in-app'));
export const loadSignedOutHome = after(() => import('./signed-out-home'));
export const loadMeetingTabConfig = after(
  () => import('../features/meeting-panel/meeting-tab-config-screen'),
);
export const loadTeamOverview = after(
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
