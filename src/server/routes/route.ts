import type { Context } from 'hono';
import type { z } from 'zod';
import type { UseCaseContext, ResolvedRelationship } from '../../app/career-api';
import type { CadenceAggregatesCache } from '../../app/career-api/hr/cadence-aggregates-cache';
import {
  successOf,
  type BodyOf,
  type EndpointAccess,
  type EndpointDefinition,
  type ParamsOf,
  type QueryOf,
  type SuccessSchemaOf,
} from '../../app/api-schemas/endpoint';
import type { AccessAction, AccessRecord } from '../../domain/access';
import type { AccessGuard, Grant } from '../access/guard';
import type { LiveManagers } from '../access/live-managers';
import type { Caller } from '../auth/caller';
import type { CallerVariables } from '../auth/require-caller';
import type { CareerApiDeps, ServerLog } from '../deps';
import { requireIfMatch } from '../http/etag';
import { respond } from '../http/respond';
import { parseWith, readBody, readOptionalBody, readQuery } from '../http/validate';

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

/**
 * Asks the endpoint's declared rule: about the record's facts when there is a record, and for a
 * record addressed by its own id, about the person it names (`subject`).
 */
export type Authorize = (about?: {
  record?: AccessRecord;
  subject?: { subjectId: string; resolved?: ResolvedRelationship | undefined };
}) => Promise<Grant>;

type IfMatchOf<E extends EndpointDefinition> = E['ifMatch'] extends 'required'
  ? string
  : E['ifMatch'] extends 'optional'
    ? string | undefined
    : undefined;

/**
 * What the runner read and decided from the definition before the handler runs: the request's
 * parts, parsed; the store version from If-Match; the relationship behind the gate; the grant of
 * the declared rule (or, for a rule about a record, the way to ask it), whose `run` audits the
 * operation.
 */
export interface Request<E extends EndpointDefinition> {
  caller: Caller;
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
  ifMatch: IfMatchOf<E>;
  resolved: E['access'] extends { gate: true } ? ResolvedRelationship : undefined;
  grant: E['access'] extends { askedBy: 'handler' }
    ? undefined
    : E['access'] extends { action: AccessAction }
      ? Grant
      : undefined;
  /** The declared rule, asked when the handler has read what it is about. */
  authorize: E['access'] extends { askedBy: 'handler' } ? Authorize : undefined;
}

/** A success answer, checked against the definition's schema and sent with its status. */
export interface Reply<E extends EndpointDefinition> {
  body: z.input<SuccessSchemaOf<E>>;
  /** The store's version tag, sent as the ETag header. */
  etag?: string;
}

export type Handler<E extends EndpointDefinition> = (
  request: Request<E>,
  services: Services,
  c: ApiContext,
) => Promise<Reply<E> | Response>;

/** One endpoint's definition with the handler bound to it. */
export interface Route {
  endpoint: EndpointDefinition;
  run(c: ApiContext, services: Services): Promise<Response>;
}

async function readRequestBody(c: ApiContext, endpoint: EndpointDefinition): Promise<unknown> {
  if (endpoint.body === undefined) return undefined;
  return endpoint.bodyOptional === true
    ? readOptionalBody(c, endpoint.body)
    : readBody(c, endpoint.body);
}

function readIfMatch(c: ApiContext, endpoint: EndpointDefinition): string | undefined {
  const header = c.req.header('if-match');
  if (endpoint.ifMatch === 'required') return requireIfMatch(header);
  // Optional: the first version of a record is written without one; once sent, it must hold.
  if (endpoint.ifMatch === 'optional' && header !== undefined) return requireIfMatch(header);
  return undefined;
}

/** The person the declared access is about, when the request names them. */
function subjectOf(access: EndpointAccess, caller: Caller, params: unknown): string | undefined {
  if (access.subject === 'caller') return caller.userId;
  if (access.subject === 'person') return (params as { personId: string }).personId;
  return undefined;
}

/**
 * The declared access, through the guard: the gate first, then the rule, asked now or handed to
 * the handler to ask once it has read what the rule is about.
 */
async function decideAccess(
  endpoint: EndpointDefinition,
  caller: Caller,
  params: unknown,
  services: Services,
): Promise<{ resolved?: ResolvedRelationship; grant?: Grant; authorize?: Authorize }> {
  const { access } = endpoint;
  if (!access) return {};
  const subjectId = subjectOf(access, caller, params);
  const resolved =
    access.gate && subjectId !== undefined
      ? await services.guard.gate(caller, subjectId, endpoint.method !== 'get')
      : undefined;
  const { action } = access;
  if (!action) return resolved === undefined ? {} : { resolved };
  const ask: Authorize = (about = {}) => {
    const subject =
      about.subject ?? (subjectId === undefined ? undefined : { subjectId, resolved });
    if (!subject) throw new Error(`${endpoint.path}: the handler names whom the rule is about`);
    return services.guard.check({
      caller,
      action,
      subjectId: subject.subjectId,
      ...(subject.resolved === undefined ? {} : { resolved: subject.resolved }),
      ...(about.record === undefined ? {} : { record: about.record }),
      ...(access.hideRecord ? { hideRecord: true } : {}),
    });
  };
  const decided = access.askedBy === 'handler' ? { authorize: ask } : { grant: await ask() };
  return { ...(resolved === undefined ? {} : { resolved }), ...decided };
}

/**
 * Binds a handler to its definition. The request is parsed in the order a client would fix it
 * (path, query, body, If-Match: 400/415/428/412 as problems), then the declared access is asked
 * through the guard (the gate, then the rule), then the handler runs; its answer is checked
 * against the declared success schema, so nothing undocumented reaches a caller.
 */
export function handle<E extends EndpointDefinition>(endpoint: E, handler: Handler<E>): Route {
  const success = successOf(endpoint);
  return {
    endpoint,
    async run(c, services) {
      const caller = c.get('caller');
      const params: unknown = endpoint.params
        ? parseWith('path', endpoint.params, c.req.param())
        : undefined;
      const query: unknown = endpoint.query ? readQuery(c, endpoint.query) : undefined;
      const body = await readRequestBody(c, endpoint);
      const ifMatch = readIfMatch(c, endpoint);
      const { resolved, grant, authorize } = await decideAccess(endpoint, caller, params, services);
      // The conditional types above are what the runner filled in from the same definition.
      const request = { caller, params, query, body, ifMatch, resolved, grant, authorize };
      const answer = await handler(request as Request<E>, services, c);
      if (answer instanceof Response) return answer;
      return respond(c, success.schema, answer.body, {
        status: success.status === 201 ? 201 : 200,
        ...(answer.etag === undefined ? {} : { etag: answer.etag }),
      });
    },
  };
}

export function honoPath(path: string): string {
  return path.replace(/\{([A-Za-z]+)\}/g, ':$1');
}
