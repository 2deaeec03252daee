import type { Context } from 'hono';
import type { z } from 'zod';
import type { UseCaseContext } from '../../app/career-api';
import type { CadenceAggregatesCache } from '../../app/career-api/hr/cadence-aggregates-cache';
import type { AccessGuard } from '../access/guard';
import type { LiveManagers } from '../access/live-managers';
import type { CallerVariables } from '../auth/require-caller';
import type { CareerApiDeps, ServerLog } from '../deps';

export type ApiContext = Context<{ Variables: CallerVariables }>;

/** What every handler can use: the use cases' ports, the access guard, the live managers. */
export interface Services {
  ctx: UseCaseContext;
  guard: AccessGuard;
  managers: LiveManagers;
  log: ServerLog;
  deps: CareerApiDeps;
  /**
   * A GET of this API's own with the caller's Authorization header, through every check a request
   * from outside passes (`/api/reads` answers several in one call).
   */
  readAsCaller(path: string, authorization: string): Promise<Response>;
  /** HR aggregates, kept a few minutes; cleared after every write. */
  aggregates: CadenceAggregatesCache;
}

export interface ResponseDoc {
  status: number;
  description: string;
  schema?: z.core.$ZodType;
  /** The answer carries an ETag header. */
  etag?: boolean;
}

/**
 * One endpoint: its documentation (the OpenAPI description is generated from these) and its
 * handler. Paths use OpenAPI's `{name}`; the router gets `:name`.
 */
export interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** false: no token needed (the OpenAPI description itself). */
  auth?: boolean;
  params?: z.core.$ZodType;
  query?: z.core.$ZodType;
  body?: z.core.$ZodType;
  /** The body may be left out (read as `{}`), so older clients keep working. */
  bodyOptional?: boolean;
  ifMatch?: 'required' | 'optional';
  responses: ResponseDoc[];
  handle(c: ApiContext, services: Services): Promise<Response> | Response;
}

export function honoPath(path: string): string {
  return path.replace(/\{([A-Za-z]+)\}/g, ':$1');
}
