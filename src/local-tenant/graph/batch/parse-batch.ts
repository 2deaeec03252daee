// JSON batching request format: https://learn.microsoft.com/graph/json-batching
import { graphError, type Reply } from '../../core/reply';

/** Graph's limit on requests in one batch. */
export const MAX_BATCH_REQUESTS = 20;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export interface BatchRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Present when the request carried a `body` property. */
  body: { value: unknown } | undefined;
  dependsOn: string[];
}

export type ParsedBatch = { ok: true; requests: BatchRequest[] } | { ok: false; reply: Reply };

// Messages as Graph words them for a malformed batch, too many requests and a repeated id.
const invalidFormat = (): ParsedBatch => ({
  ok: false,
  reply: graphError(400, 'BadRequest', 'Invalid batch payload format.'),
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readHeaders(value: unknown): Record<string, string> | undefined {
  if (value === undefined) return {};
  if (!isObject(value)) return undefined;
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
    headers[name] = String(raw);
  }
  return headers;
}

function readRequest(value: unknown): BatchRequest | undefined {
  if (!isObject(value)) return undefined;
  const { id, method, url, dependsOn } = value;
  if (typeof id !== 'string' || id === '') return undefined;
  if (typeof method !== 'string' || !METHODS.includes(method.toUpperCase())) return undefined;
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  const headers = readHeaders(value.headers);
  if (!headers) return undefined;
  if (
    dependsOn !== undefined &&
    !(Array.isArray(dependsOn) && dependsOn.every((d) => typeof d === 'string'))
  ) {
    return undefined;
  }
  return {
    id,
    method: method.toUpperCase(),
    url: url.trim(),
    headers,
    body: 'body' in value ? { value: value.body } : undefined,
    dependsOn: dependsOn ?? [],
  };
}

/** Every dependency names another request of the batch, and following them never loops. */
function dependenciesAreSound(requests: BatchRequest[]): boolean {
  const byId = new Map(requests.map((request) => [request.id.toLowerCase(), request]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (request: BatchRequest): boolean => {
    const key = request.id.toLowerCase();
    if (state.get(key) === 'done') return true;
    if (state.get(key) === 'visiting') return false;
    state.set(key, 'visiting');
    for (const dependency of request.dependsOn) {
      const target = byId.get(dependency.toLowerCase());
      if (!target || !visit(target)) return false;
    }
    state.set(key, 'done');
    return true;
  };
  return requests.every(visit);
}

/**
 * Graph runs a batch either fully in parallel (no `dependsOn`) or fully in sequence (every
 * request after the first depends on the one before it); any other dependency graph, such as
 * several requests waiting on one, is refused as a whole. "Batch should be either fully
 * sequential or fully parallel" is Graph's answer (https://learn.microsoft.com/graph/json-batching,
 * "Sequencing requests with the dependsOn property"; microsoftgraph/microsoft-graph-docs-contrib#2339).
 */
function isParallelOrSequential(requests: BatchRequest[]): boolean {
  if (requests.every((request) => request.dependsOn.length === 0)) return true;
  return requests.every((request, index) => {
    if (index === 0) return request.dependsOn.length === 0;
    const previous = requests[index - 1];
    return (
      request.dependsOn.length === 1 &&
      request.dependsOn[0]?.toLowerCase() === previous?.id.toLowerCase()
    );
  });
}

export function parseBatch(input: unknown): ParsedBatch {
  if (!isObject(input) || !Array.isArray(input.requests) || input.requests.length === 0) {
    return invalidFormat();
  }
  if (input.requests.length > MAX_BATCH_REQUESTS) {
    return {
      ok: false,
      reply: graphError(400, 'BadRequest', 'Number of requests inside batch exceed the limit.'),
    };
  }
  const requests: BatchRequest[] = [];
  const seen = new Set<string>();
  for (const raw of input.requests) {
    const request = readRequest(raw);
    if (!request) return invalidFormat();
    // Ids are not case-sensitive, so "a" and "A" collide.
    const key = request.id.toLowerCase();
    if (seen.has(key)) {
      return {
        ok: false,
        reply: graphError(
          400,
          'BadRequest',
          `Request Id ${request.id} has to be unique in a batch.`,
        ),
      };
    }
    seen.add(key);
    requests.push(request);
  }
  if (!dependenciesAreSound(requests)) return invalidFormat();
  if (!isParallelOrSequential(requests)) {
    return {
      ok: false,
      reply: graphError(
        400,
        'BadRequest',
        'Batch should be either fully sequential or fully parallel.',
      ),
    };
  }
  return { ok: true, requests };
}
