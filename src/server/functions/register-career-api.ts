import type { HttpFunctionOptions, HttpMethod } from '@azure/functions';
import type { CareerApiDeps } from '../deps';
import { createFunctionsHandler, type FunctionsHandler } from './functions-handler';

/** Every method a route of the API answers, and OPTIONS for the browser's CORS preflight. */
const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The part of `app` from `@azure/functions` used here; tests pass a recorder. */
export interface FunctionsApp {
  http(name: string, options: HttpFunctionOptions): void;
}

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
  const handler = createFunctionsHandler(createDeps);
  functionsApp.http('career-api', {
    route: '{*rest}',
    methods: METHODS,
    authLevel: 'anonymous',
    handler,
  });
  return handler;
}
