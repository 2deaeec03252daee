// Running a JSON batch: https://learn.microsoft.com/graph/json-batching
// Requests without dependencies run concurrently; `dependsOn` orders the others, and a request
// whose dependency failed (status 400 or more, 424 included) gets 424 Failed Dependency.
import type { BatchRequest } from './parse-batch';
import {
  innerError,
  sendInner,
  type InnerResponse,
  type LoopbackTarget,
  type OutgoingInner,
} from './send-inner';

export interface BatchContext {
  target: LoopbackTarget;
  /** The batch's own Authorization header, used for every request in it. */
  authorization: string | undefined;
  host: string | undefined;
}

const HOP_HEADERS = ['authorization', 'host', 'content-length', 'connection', 'transfer-encoding'];

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** The inner request as it goes on the wire, or why Graph refuses it without running it. */
function prepare(
  request: BatchRequest,
  context: BatchContext,
): { ok: true; outgoing: OutgoingInner } | { ok: false; response: InnerResponse } {
  const refuse = (message: string): { ok: false; response: InnerResponse } => ({
    ok: false,
    response: innerError(request.id, 400, 'BadRequest', message),
  });
  if (/^[a-z][a-z0-9+.-]*:/i.test(request.url)) {
    return refuse('Invalid request URL: use a URL relative to the version, such as /me.');
  }
  const relative = request.url.startsWith('/') ? request.url : `/${request.url}`;
  const resolved = new URL(`/v1.0${relative}`, 'http://batch.invalid');
  const path = `${resolved.pathname}${resolved.search}`;
  if (!resolved.pathname.toLowerCase().startsWith('/v1.0/')) return refuse('Invalid request URL.');
  if (/^\/v1\.0\/(\$|%24)batch\/?$/i.test(resolved.pathname)) {
    return refuse('A batch request cannot contain another batch request.');
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (!HOP_HEADERS.includes(name.toLowerCase())) headers[name] = value;
  }
  if (context.authorization) headers.Authorization = context.authorization;
  if (context.host) headers.Host = context.host;
  if (!request.body) return { ok: true, outgoing: { path, headers, body: undefined } };
  const contentType = header(request.headers, 'content-type');
  if (contentType === undefined) {
    return refuse('A Content-Type header is required when the request has a body.');
  }
  const value = request.body.value;
  if (contentType.toLowerCase().includes('json')) {
    if (typeof value !== 'object' || value === null) {
      return refuse('The body must be a JSON object when the Content-Type is JSON.');
    }
    return { ok: true, outgoing: { path, headers, body: Buffer.from(JSON.stringify(value)) } };
  }
  if (typeof value !== 'string') return refuse('A non-JSON body must be base64-encoded.');
  return { ok: true, outgoing: { path, headers, body: Buffer.from(value, 'base64') } };
}

function failedDependency(request: BatchRequest, failed: InnerResponse): InnerResponse {
  return innerError(
    request.id,
    424,
    'FailedDependency',
    `The request depends on request '${failed.id}', which failed with status ${String(failed.status)}.`,
  );
}

/** Runs the batch and answers in the order of the requests (Graph does not promise an order). */
export async function runBatch(
  requests: BatchRequest[],
  context: BatchContext,
): Promise<InnerResponse[]> {
  const byId = new Map(requests.map((request) => [request.id.toLowerCase(), request]));
  const running = new Map<string, Promise<InnerResponse>>();
  const run = (request: BatchRequest): Promise<InnerResponse> => {
    const key = request.id.toLowerCase();
    const known = running.get(key);
    if (known) return known;
    const dependencies = request.dependsOn.flatMap((id) => {
      const target = byId.get(id.toLowerCase());
      return target ? [run(target)] : [];
    });
    const started = Promise.all(dependencies).then((results) => {
      const failed = results.find((result) => result.status >= 400);
      if (failed) return failedDependency(request, failed);
      const prepared = prepare(request, context);
      return prepared.ok
        ? sendInner(context.target, request, prepared.outgoing)
        : prepared.response;
    });
    running.set(key, started);
    return started;
  };
  return Promise.all(requests.map(run));
}
