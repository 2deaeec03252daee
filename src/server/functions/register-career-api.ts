import type { HttpFunctionOptions, HttpMethod, TimerFunctionOptions } from '@azure/functions';
import type { CareerApiDeps } from '../deps';
import { createFunctionsHandler, lazyCareerApi, type FunctionsHandler } from './functions-handler';

/** Every method a route of the API answers, and OPTIONS for the browser's CORS preflight. */
const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The part of `app` from `@azure/functions` used here; tests pass a recorder. */
export interface FunctionsApp {
  http(name: string, options: HttpFunctionOptions): void;
  timer?(name: string, options: TimerFunctionOptions): void;
}

/** Hourly, five minutes past (NCRONTAB, the Functions host's UTC): the nudge job. */
export const NUDGE_SCHEDULE = '0 5 * * * *';

/**
 * Registers the whole career API as one HTTP function. `authLevel: 'anonymous'`: the API checks
 * the caller's bearer token itself, and a function key cannot be kept secret in a browser app.
 * The route catches every path under host.json's `routePrefix` ("api"), so `/api/team` reaches
 * the app as `/api/team`.
 */
export function registerCareerApi(
  functionsApp: FunctionsApp,
  createDeps: () => Promise<CareerApiDeps> | CareerApiDeps,
): FunctionsHandler {
  const shared = lazyCareerApi(createDeps);
  const handler = createFunctionsHandler(createDeps, shared);
  functionsApp.http('career-api', {
    route: '{*rest}',
    methods: METHODS,
    authLevel: 'anonymous',
    handler,
  });
  // The nudge job on a timer. Every instance's timer is one schedule (the host holds a lease), and
  // what was sent is stored, so a retried or overlapping run sends nothing twice.
  functionsApp.timer?.('career-nudges', {
    schedule: NUDGE_SCHEDULE,
    runOnStartup: false,
    handler: async (_timer, context) => {
      const run = await (await shared.get()).runNudges();
      if (run === undefined) context.log('[career-api] nudges are not configured');
      else context.log('[career-api] nudges sent', run);
    },
  });
  return handler;
}
