import { z } from 'zod/mini';
import { PortError } from '../../../app/ports';
import { definedOnly } from '../../../domain';
import { pathWithQuery, type GraphCall } from './graph-call';
import type { GraphResult } from './graph-client';
import {
  kindForStatus,
  portErrorFromBadResponse,
  portErrorFromResponse,
  userMessage,
} from './graph-errors';
import { planBatchChunks } from './batch-plan';
import { delayBeforeRetry, parseRetryAfter, type RetryPolicy } from './retry-policy';

/** One request inside a `/$batch`; `body` must be JSON. */
export interface BatchStep extends Omit<GraphCall, 'retrySafe'> {
  id: string;
  /** Steps this one runs after; Graph answers 424 when one of them failed. */
  dependsOn?: readonly string[];
}

export interface BatchOutcome {
  id: string;
  status: number;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  body: unknown;
  /** Set when the step did not succeed, mapped as a direct request would be. */
  error?: PortError;
}

interface BatchDeps {
  send: (call: GraphCall) => Promise<GraphResult>;
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
}

const batchEnvelope = z.object({
  responses: z.catch(
    z.array(
      z.object({
        id: z.string(),
        status: z.number(),
        headers: z.exactOptional(z.catch(z.record(z.string(), z.string()), {})),
        body: z.exactOptional(z.unknown()),
      }),
    ),
    [],
  ),
});

export const MAX_BATCH_SIZE = 20;

function lowerKeys(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
}

function toRequestJson(step: BatchStep) {
  const headers: Record<string, string> = { ...step.headers };
  if (
    step.body !== undefined &&
    !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')
  ) {
    headers['Content-Type'] = 'application/json';
  }
  return {
    id: step.id,
    method: step.method,
    url: pathWithQuery(step.path, step.query),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    body: step.body,
    ...(step.dependsOn && step.dependsOn.length > 0 ? { dependsOn: [...step.dependsOn] } : {}),
  };
}

function outcomeOf(
  step: BatchStep,
  status: number,
  headers: Record<string, string>,
  body: unknown,
) {
  const outcome: BatchOutcome = { id: step.id, status, headers, body };
  if (status < 200 || status >= 300) {
    const retryAfter = parseRetryAfter(headers['retry-after'], Date.now());
    outcome.error = portErrorFromResponse(
      status,
      body,
      { method: step.method, path: step.path },
      retryAfter,
    );
  }
  return outcome;
}

/** Steps to send again: the throttled ones and whatever failed only because it waited on them. */
function stepsToRetry(chunk: readonly BatchStep[], outcomes: Map<string, BatchOutcome>) {
  const retry = new Set(chunk.filter((s) => outcomes.get(s.id)?.status === 429).map((s) => s.id));
  if (retry.size === 0) return retry;
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of chunk) {
      if (retry.has(step.id) || outcomes.get(step.id)?.status !== 424) continue;
      if (step.dependsOn?.some((id) => retry.has(id))) {
        retry.add(step.id);
        grew = true;
      }
    }
  }
  return retry;
}

/** A 424 reports the failure of the step it depended on, not its own. */
function explainFailedDependencies(
  chunk: readonly BatchStep[],
  outcomes: Map<string, BatchOutcome>,
) {
  for (const step of chunk) {
    const outcome = outcomes.get(step.id);
    if (outcome?.status !== 424) continue;
    const cause = step.dependsOn?.map((id) => outcomes.get(id)?.error).find((e) => e !== undefined);
    const kind = cause?.kind ?? kindForStatus(424);
    outcome.error = new PortError(kind, userMessage(kind), { cause: cause ?? outcome.error });
  }
}

async function runChunk(
  chunk: readonly BatchStep[],
  deps: BatchDeps,
  into: Map<string, BatchOutcome>,
) {
  const scopes = [...new Set(chunk.flatMap((step) => step.scopes))];
  let pending = chunk;
  for (let retry = 0; ; retry += 1) {
    const result = await deps.send({
      method: 'POST',
      path: '/$batch',
      body: { requests: pending.map(toRequestJson) },
      scopes,
    });
    const parsed = batchEnvelope.safeParse(result.body);
    if (!parsed.success) {
      throw portErrorFromBadResponse({ method: 'POST', path: '/$batch' }, parsed.error.message);
    }
    const envelope = parsed.data;
    const byId = new Map(pending.map((step) => [step.id.toLowerCase(), step]));
    for (const response of envelope.responses) {
      const step = byId.get(response.id.toLowerCase());
      if (!step) continue;
      into.set(
        step.id,
        outcomeOf(step, response.status, lowerKeys(response.headers), response.body),
      );
    }
    for (const step of pending) {
      if (!into.has(step.id)) {
        into.set(
          step.id,
          outcomeOf(step, 502, {}, { error: { code: 'missingBatchResponse', message: '' } }),
        );
      }
    }
    const retryIds = stepsToRetry(chunk, into);
    // Honour the longest Retry-After among the throttled steps; back off when none names one.
    const retryAfters = [...retryIds].flatMap((id) => {
      const outcome = into.get(id);
      const ms =
        outcome?.status === 429
          ? parseRetryAfter(outcome.headers['retry-after'], Date.now())
          : undefined;
      return ms === undefined ? [] : [ms];
    });
    const delay =
      retryIds.size === 0
        ? undefined
        : delayBeforeRetry(
            deps.policy,
            retry,
            retryAfters.length > 0 ? Math.max(...retryAfters) : undefined,
            retryAfters.length > 0,
          );
    if (delay === undefined) {
      explainFailedDependencies(chunk, into);
      return;
    }
    await deps.sleep(delay);
    pending = chunk
      .filter((step) => retryIds.has(step.id))
      .map((step) => ({
        ...step,
        ...definedOnly({ dependsOn: step.dependsOn?.filter((id) => retryIds.has(id)) }),
      }));
  }
}

/**
 * The chunk as it goes on the wire: a step whose dependency failed in an earlier request is not
 * sent and fails with 424, as Graph would have answered inside one batch; dependencies met in
 * earlier requests are dropped, since Graph resolves `dependsOn` only within a batch.
 */
function sendable(chunk: readonly BatchStep[], into: Map<string, BatchOutcome>): BatchStep[] {
  const inChunk = new Set(chunk.map((step) => step.id));
  const send: BatchStep[] = [];
  for (const step of chunk) {
    const failed = step.dependsOn?.map((id) => into.get(id)).find((o) => o && o.status >= 400);
    if (failed) {
      into.set(step.id, outcomeOf(step, 424, {}, failedDependencyBody(failed.id)));
      continue;
    }
    const dependsOn = step.dependsOn?.filter((id) => inChunk.has(id));
    send.push({
      ...step,
      ...(dependsOn && dependsOn.length > 0 ? { dependsOn } : { dependsOn: [] }),
    });
  }
  explainFailedDependencies(chunk, into);
  return send;
}

const failedDependencyBody = (id: string) => ({
  error: { code: 'FailedDependency', message: `The request depends on '${id}', which failed.` },
});

export async function runBatch(
  steps: readonly BatchStep[],
  deps: BatchDeps,
): Promise<BatchOutcome[]> {
  const chunks = planBatchChunks(steps, MAX_BATCH_SIZE);
  if (!chunks.ok) throw new PortError('invalid', chunks.message);
  const outcomes = new Map<string, BatchOutcome>();
  const planned = chunks.value;
  for (let at = 0; at < planned.length;) {
    // Requests with no dependency at all go out together: Graph runs separate batches in
    // parallel, and a screen's reads (often more than 20) should not wait on each other.
    let end = at;
    while (end < planned.length && (planned[end] ?? []).every((s) => !s.dependsOn?.length)) end++;
    if (end > at) {
      await Promise.all(planned.slice(at, end).map((chunk) => runChunk(chunk, deps, outcomes)));
      at = end;
      continue;
    }
    const send = sendable(planned[at] ?? [], outcomes);
    if (send.length > 0) await runChunk(send, deps, outcomes);
    at += 1;
  }
  return steps.map((step) => {
    const outcome = outcomes.get(step.id);
    if (!outcome) throw new PortError('unavailable', userMessage('unavailable'));
    return outcome;
  });
}
