import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { createCareerApi, type CareerApi } from '../app';
import type { CareerApiDeps } from '../deps';
import { problem, problemResponse } from '../http/problem';

/**
 * The Hono app behind one Azure Functions HTTP trigger (Node programming model v4): the
 * trigger's request becomes a fetch `Request`, the app's `Response` the trigger's answer. The
 * Functions host passes the full URL (`https://<app>.azurewebsites.net/api/team`), so the app
 * sees the same `/api/...` paths as on plain Node.
 */

export type FunctionsHandler = (
  request: HttpRequest,
  context: InvocationContext,
) => Promise<HttpResponseInit>;

async function toFetchRequest(request: HttpRequest): Promise<Request> {
  const method = request.method.toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? await request.arrayBuffer() : undefined;
  return new Request(request.url, {
    method,
    // Copied, not passed: the package's Headers class need not be this runtime's.
    headers: new Headers([...request.headers]),
    ...(body && body.byteLength > 0 ? { body } : {}),
  });
}

async function fromFetchResponse(response: Response): Promise<HttpResponseInit> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers, ...(bytes.byteLength > 0 ? { body: bytes } : {}) };
}

/** The instance's one app, shared by the HTTP function and the nudge timer. */
export interface LazyCareerApi {
  /** Created on first use; a failed start is tried again on the next. */
  get(): Promise<CareerApi>;
}

export function lazyCareerApi(
  createDeps: () => Promise<CareerApiDeps> | CareerApiDeps,
): LazyCareerApi {
  let app: Promise<CareerApi> | undefined;
  return {
    get() {
      app ??= Promise.resolve().then(createDeps).then(createCareerApi);
      return app.catch((error: unknown) => {
        app = undefined;
        throw error;
      });
    },
  };
}

/**
 * One handler for every route. The deps are created on the first request and kept for the
 * instance's life, so the key and token caches survive between invocations, and provisioning
 * (PROVISION_ON_START) runs once per instance, before that first answer.
 */
export function createFunctionsHandler(
  createDeps: () => Promise<CareerApiDeps> | CareerApiDeps,
  shared: LazyCareerApi = lazyCareerApi(createDeps),
): FunctionsHandler {
  return async (request, context) => {
    let api: CareerApi;
    try {
      api = await shared.get();
    } catch (error) {
      // Retried on the next request; the caller gets the same bare answer as any other failure,
      // and the reason goes to the invocation's log (Application Insights), never to the caller.
      context.error('[career-api] could not start', error);
      return fromFetchResponse(
        problemResponse(
          problem('unavailable', 503, 'The career API is starting. Try again shortly.'),
        ),
      );
    }
    return fromFetchResponse(await api.fetch(await toFetchRequest(request)));
  };
}
