import { z } from 'zod/mini';
import { PortError, type PortErrorKind } from '../../app/ports/port-error';
import { GATHERED_READS_MAX, GatheredReadsResponse } from '../../app/api-schemas/reads';
import { READS_ENDPOINTS } from '../../app/api-schemas/endpoints';
import {
  fillPath,
  successOf,
  type BodyInput,
  type EndpointDefinition,
  type ParamsInput,
  type QueryInput,
  type SuccessSchemaOf,
} from '../../app/api-schemas/endpoint';

export interface CareerApiClientOptions {
  /** e.g. `https://app.contoso.com/api`; paths are appended to it. */
  baseUrl: string;
  /** A token for the API's `access_as_user` scope; asked for on every request (MSAL caches). */
  getAccessToken: () => Promise<string>;
  fetch?: typeof fetch;
}

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface ApiCall {
  method: HttpMethod;
  path: string;
  body?: unknown;
  /** The ETag the change is based on; the API answers 412 when the record moved on since. */
  ifMatch?: string;
  /** The ETag of the copy the app holds; the API answers 304 when it is still current. */
  ifNoneMatch?: string;
}

/** What the API said, as far as it is safe to show: its `detail` for 403/409/422 explains. */
interface Problem {
  status: number;
  detail?: string;
}

const MESSAGES: Record<PortErrorKind, string> = {
  unauthenticated: 'Your sign-in has expired. Sign out and sign in again.',
  forbidden: 'You do not have access to this.',
  'not-found': 'Nothing was found there.',
  conflict: 'Someone changed this since you opened it. Reload and apply your change again.',
  'precondition-required': 'This change needs the version you read. Reload and try again.',
  throttled: 'The career service is busy. Wait a minute and try again.',
  unavailable: 'The career service cannot be reached right now. Try again in a moment.',
  invalid: 'The request was not accepted. Check what you entered and try again.',
};

function kindOf(status: number): PortErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 428) return 'precondition-required';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'invalid';
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'detail' in body) {
      const { detail } = body;
      if (typeof detail === 'string') return { status: response.status, detail };
    }
  } catch {
    // A non-JSON error body (a proxy's HTML page) says nothing we can show.
  }
  return { status: response.status };
}

/**
 * Only statuses whose detail is written for the caller; 5xx details are never shown. A 400's
 * detail names the field ("body.terms.commitments.0.due: must be a date"), which helps the person
 * who typed it.
 */
function messageFor(problem: Problem, kind: PortErrorKind): string {
  const explains = [400, 403, 409, 422].includes(problem.status);
  return explains && problem.detail ? problem.detail : MESSAGES[kind];
}

/** A declared part of the request: required when the endpoint has it, absent otherwise. */
type Part<K extends string, T> = [T] extends [undefined]
  ? { [P in K]?: undefined }
  : { [P in K]: T };

/** What a call to one endpoint sends: its path parameters, query, body and the ETag it builds on. */
export type CallArgs<E extends EndpointDefinition> = Part<'params', ParamsInput<E>> & {
  query?: QueryInput<E>;
  body?: BodyInput<E>;
  /** Sent as If-Match: the version the change is based on. */
  etag?: string;
};

export type Answer<E extends EndpointDefinition> = z.infer<SuccessSchemaOf<E>>;

/**
 * The endpoint's path under the base URL (which ends in `/api`), its `{name}`s filled and its
 * query appended; a list is sent as the parameter repeated, what is left out is not sent.
 */
export function pathOf(endpoint: EndpointDefinition, params?: object, query?: object): string {
  const path = fillPath(endpoint.path.replace(/^\/api(?=\/)/, ''), params);
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {}) as [string, unknown][]) {
    for (const one of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (typeof one === 'string' || typeof one === 'number') search.append(name, String(one));
    }
  }
  return search.size > 0 ? `${path}?${search.toString()}` : path;
}

export interface CareerApiHttp {
  /**
   * Calls one endpoint of the table: path, query, body and If-Match from `args`, the answer
   * parsed by the endpoint's success schema. `cached`: a GET that sends the held copy's ETag.
   */
  call: <E extends EndpointDefinition>(
    endpoint: E,
    args: CallArgs<E>,
    options?: { cached?: boolean },
  ) => Promise<Answer<E>>;
}

export function createCareerApiHttp(options: CareerApiClientOptions): CareerApiHttp {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.replace(/\/+$/, '');

  async function send(call: ApiCall): Promise<Response> {
    let token: string;
    try {
      token = await options.getAccessToken();
    } catch (error) {
      throw new PortError('unauthenticated', MESSAGES.unauthenticated, { cause: error });
    }
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
    };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    if (call.ifMatch !== undefined) headers['If-Match'] = call.ifMatch;
    if (call.ifNoneMatch !== undefined) headers['If-None-Match'] = call.ifNoneMatch;
    let response: Response;
    try {
      response = await doFetch(`${base}${call.path}`, {
        method: call.method,
        headers,
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      });
    } catch (error) {
      throw new PortError('unavailable', MESSAGES.unavailable, { cause: error });
    }
    return checked(call, response);
  }

  async function checked(call: ApiCall, response: Response): Promise<Response> {
    if (!response.ok && !(response.status === 304 && call.ifNoneMatch !== undefined)) {
      const problem = await readProblem(response);
      const kind = kindOf(response.status);
      throw new PortError(kind, messageFor(problem, kind), { cause: problem });
    }
    return response;
  }

  /**
   * Plain GETs asked for in the same turn (a screen's queries start together) go out as one
   * `/reads` call; each answer then takes the path it would have taken alone, so a refused or
   * missing read fails only its own query. A GET asked for alone is sent as it is.
   */
  let gathering: { call: ApiCall; settle: (answer: Promise<Response>) => void }[] = [];

  function read(call: ApiCall): Promise<Response> {
    if (call.method !== 'GET' || call.ifNoneMatch !== undefined) return send(call);
    return new Promise((resolve) => {
      gathering.push({ call, settle: resolve });
      if (gathering.length === 1) setTimeout(sendGathered, 0);
    });
  }

  function sendGathered(): void {
    const all = gathering;
    gathering = [];
    for (let i = 0; i < all.length; i += GATHERED_READS_MAX) {
      const reads = all.slice(i, i + GATHERED_READS_MAX);
      const [only] = reads;
      if (reads.length === 1 && only) {
        only.settle(send(only.call));
        continue;
      }
      const { gatheredReads } = READS_ENDPOINTS;
      const path = pathOf(gatheredReads, undefined, { path: reads.map((r) => r.call.path) });
      const gathered = send({ method: 'GET', path }).then((response) =>
        parse(response, GatheredReadsResponse),
      );
      reads.forEach((r, index) => {
        r.settle(
          gathered.then(({ answers }) => {
            const answer = answers[index];
            if (!answer) throw new PortError('unavailable', MESSAGES.unavailable);
            const response = new Response(
              answer.body === undefined ? null : JSON.stringify(answer.body),
              { status: answer.status, headers: answer.etag ? { etag: answer.etag } : {} },
            );
            return checked(r.call, response);
          }),
        );
      });
    }
  }

  const held = new Map<string, { etag: string; value: unknown }>();

  async function parse<S extends z.core.$ZodType>(
    response: Response,
    schema: S,
  ): Promise<z.infer<S>> {
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new PortError('unavailable', 'The career service sent an answer that is not JSON.', {
        cause: error,
      });
    }
    const parsed = z.safeParse(schema, body);
    if (!parsed.success) {
      throw new PortError(
        'unavailable',
        'The career service sent an answer this app does not understand. Reload the app; if it persists, tell your administrator.',
        { cause: parsed.error },
      );
    }
    return parsed.data;
  }

  async function json<S extends z.core.$ZodType>(call: ApiCall, schema: S): Promise<z.infer<S>> {
    return parse(await read(call), schema);
  }

  /**
   * A GET that sends the held copy's ETag: answers the held copy on 304, else the new one (and
   * keeps it, with its ETag, for next time). One copy per path, for the session.
   */
  async function cachedJson<S extends z.core.$ZodType>(
    path: string,
    schema: S,
  ): Promise<z.infer<S>> {
    const copy = held.get(path);
    const response = await send({
      method: 'GET',
      path,
      ...(copy ? { ifNoneMatch: copy.etag } : {}),
    });
    if (response.status === 304 && copy) return copy.value as z.infer<typeof schema>;
    const value = await parse(response, schema);
    const etag = response.headers.get('etag');
    if (etag) held.set(path, { etag, value });
    return value;
  }

  return {
    call: <E extends EndpointDefinition>(
      endpoint: E,
      args: CallArgs<E>,
      options: { cached?: boolean } = {},
    ): Promise<Answer<E>> => {
      // The success schema is the one the answer's type was read from (SuccessSchemaOf).
      const schema = successOf(endpoint).schema as z.core.$ZodType<Answer<E>>;
      const path = pathOf(endpoint, args.params as object | undefined, args.query as object);
      if (options.cached === true) return cachedJson(path, schema);
      return json(
        {
          method: endpoint.method.toUpperCase() as HttpMethod,
          path,
          ...(args.body === undefined ? {} : { body: args.body }),
          ...(args.etag === undefined ? {} : { ifMatch: args.etag }),
        },
        schema,
      );
    },
  };
}
