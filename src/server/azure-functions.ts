/**
 * The career API in Azure Functions (Node programming model v4), without depending on
 * `@azure/functions` at build time: the handler takes the trigger's request shape structurally
 * and answers with the shape the runtime accepts. Registration, in the Functions app:
 *
 *   import { app } from '@azure/functions';
 *   import { createFunctionsHandler } from './server/azure-functions';
 *   const handler = createFunctionsHandler(() => createGraphDeps(loadConfig(process.env)));
 *   app.http('career-api', {
 *     route: 'api/{*rest}', methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
 *     authLevel: 'anonymous', handler,
 *   });
 *
 * `host.json` must set `extensions.http.routePrefix` to "" so the paths stay `/api/...`. Auth is
 * the API's own (bearer tokens), hence `authLevel: 'anonymous'`.
 */
import { createCareerApi, type CareerApi } from './app';
import type { CareerApiDeps } from './deps';
import { problem, problemResponse } from './http/problem';

/** What the handler reads from `HttpRequest` (v4): a fetch-like request. */
export interface FunctionsHttpRequest {
  method: string;
  url: string;
  headers: Iterable<[string, string]> | Headers;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What it returns (`HttpResponseInit`). */
export interface FunctionsHttpResponse {
  status: number;
  headers: Record<string, string>;
  body?: Uint8Array;
}

export async function toFetchRequest(request: FunctionsHttpRequest): Promise<Request> {
  const method = request.method.toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? await request.arrayBuffer() : undefined;
  return new Request(request.url, {
    method,
    headers: new Headers(
      request.headers instanceof Headers ? request.headers : [...request.headers],
    ),
    ...(body && body.byteLength > 0 ? { body } : {}),
  });
}

export async function fromFetchResponse(response: Response): Promise<FunctionsHttpResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers, ...(bytes.byteLength > 0 ? { body: bytes } : {}) };
}

/**
 * One handler for every route. The deps are created on the first request and kept for the
 * instance's life, so the key and token caches survive between invocations.
 */
export function createFunctionsHandler(
  createDeps: () => Promise<CareerApiDeps> | CareerApiDeps,
): (request: FunctionsHttpRequest) => Promise<FunctionsHttpResponse> {
  let app: Promise<CareerApi> | undefined;
  return async (request) => {
    app ??= Promise.resolve(createDeps()).then(createCareerApi);
    let api: CareerApi;
    try {
      api = await app;
    } catch (error) {
      // Retried on the next request; the caller gets the same bare answer as any other failure.
      app = undefined;
      console.error('[career-api] could not start', error);
      return fromFetchResponse(
        problemResponse(
          problem('unavailable', 503, 'The career API is starting. Try again shortly.'),
        ),
      );
    }
    return fromFetchResponse(await api.fetch(await toFetchRequest(request)));
  };
}
