import type { AccessAction } from '../../domain/access';
import type { z } from '../zod';

/**
 * One endpoint of the career API, declared once: the server parses, checks access and answers
 * from it, the client builds its calls from it, the OpenAPI description is generated from it.
 * Pure data (no handler, nothing of the server), so the browser bundle can hold it. Paths use
 * OpenAPI's `{name}`.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseDoc {
  status: number;
  description: string;
  schema?: z.core.$ZodType;
  /** The answer carries an ETag header. */
  etag?: boolean;
}

/**
 * Whose data the endpoint reaches and the access rule it asks. Lists, which ask the rule for each
 * record they show, declare only the subject and the gate and ask per record in their handler.
 */
export interface EndpointAccess {
  /**
   * The caller's own data (`/api/me/...`), the person named by `{personId}`, or the person a
   * record addressed by its own id is about (the handler names them once it has read it).
   */
  subject: 'caller' | 'person' | 'record';
  /**
   * Refuse a caller with no relationship to the person before anything is read, so an answer
   * never depends on whether a record exists; asked live for anything that changes data.
   */
  gate?: boolean;
  /** The rule asked for the subject before the handler runs (and audited when it runs). */
  action?: AccessAction;
  /**
   * 'handler': the handler asks the rule itself (`authorize`) once it has what the rule needs:
   * the facts of the record it read, or a check that must come first. Otherwise the runner asks
   * it before the handler runs.
   */
  askedBy?: 'handler';
  /** A refusal that says nothing beyond "not for you" is answered as not found. */
  hideRecord?: boolean;
}

export interface EndpointDefinition {
  method: HttpMethod;
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
  access?: EndpointAccess;
  responses: readonly ResponseDoc[];
}

/** The definition as written, its schemas' types kept for the server and the client. */
export function defineEndpoint<const E extends EndpointDefinition>(endpoint: E): E {
  return endpoint;
}

type Output<S> = S extends z.core.$ZodType ? z.output<S> : undefined;
type Input<S> = S extends z.core.$ZodType ? z.input<S> : undefined;

export type ParamsOf<E extends EndpointDefinition> = Output<E['params']>;
export type QueryOf<E extends EndpointDefinition> = Output<E['query']>;
export type BodyOf<E extends EndpointDefinition> = Output<E['body']>;
export type ParamsInput<E extends EndpointDefinition> = Input<E['params']>;
export type QueryInput<E extends EndpointDefinition> = Input<E['query']>;
export type BodyInput<E extends EndpointDefinition> = Input<E['body']>;

/** The declared answer of a success: the first 2xx response with a schema. */
export type SuccessSchemaOf<E extends EndpointDefinition> = Extract<
  E['responses'][number],
  { schema: z.core.$ZodType }
>['schema'];

export function successOf(endpoint: EndpointDefinition): ResponseDoc & {
  schema: z.core.$ZodType;
} {
  const found = endpoint.responses.find((r) => r.status < 300 && r.schema !== undefined);
  if (found?.schema === undefined) {
    throw new Error(`${endpoint.method} ${endpoint.path} declares no success answer`);
  }
  return { ...found, schema: found.schema };
}

/**
 * The path with each `{name}` filled from `params`, every value encoded as one segment (ids are
 * opaque: never trust them to be URL-safe).
 */
export function fillPath(path: string, params: object | undefined): string {
  const values = (params ?? {}) as Record<string, unknown>;
  return path.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new Error(`${path} needs ${name}`);
    }
    return encodeURIComponent(String(value));
  });
}

/** The problem answers endpoints list, each said once. */
export const PROBLEM_RESPONSES = {
  badRequest: {
    status: 400,
    description: 'A field is missing or malformed (problem+json names it).',
  },
  unauthorized: { status: 401, description: 'No valid token.' },
  forbidden: { status: 403, description: 'The access rules refuse this (the message says why).' },
  notFound: { status: 404, description: 'Nothing here, or nothing you may see.' },
  preconditionFailed: {
    status: 412,
    description: 'The If-Match ETag is stale: reload and reapply.',
  },
  unprocessable: { status: 422, description: 'The playbook rules refuse it (each field named).' },
  preconditionRequired: { status: 428, description: 'If-Match is missing.' },
} as const;
