/**
 * A 429 storm: the local tenant throttles `percent`% of all Graph requests (inner `$batch`
 * requests included) with `Retry-After: 1`. Through it go the API's paths (directory,
 * SharePoint lists, `$batch` reads and writes, the audit flush) and the web app's delegated
 * ones (mail, calendar, To Do). Figures: attempts per call (goal ≤ 3), retries sent before their
 * Retry-After ran out (goal 0), writes answered but not kept (goal 0).
 */
import { randomUUID } from 'node:crypto';
import { round } from '../measure';
import { startTenant } from '../../tests/integration/local-tenant/helpers';
import { clearFaults, setFaults, userIdOf } from '../../tests/integration/ports/graph-harness';
import {
  reportPagePaths,
  seedContract,
  startApiHarness,
  type GraphRequest,
} from '../../tests/integration/server/api-harness';
import { writersOf, type Writer } from './exactly-once';

const RETRY_AFTER_MS = 1000;
/** Timer granularity: a retry this close to its Retry-After counts as on time. */
const SLACK_MS = 5;

export interface StormRow {
  side: string;
  /** Graph operations the code asked for (each ends in one answer other than 429). */
  calls: number;
  /** Operations the tenant received, throttled ones included. */
  attempts: number;
  attemptsPerCall: number;
  throttled: number;
  /** Retries sent before the Retry-After of the 429 they answer ran out. */
  early: number;
  /** The shortest wait between a 429 and its retry (ms). */
  shortestWaitMs: number;
  writes: number;
  /** Writes that were answered as done and then not found. */
  lost: number;
  /** Writes answered with an error after the retries ran out (the caller may try again). */
  failed: number;
}

/** Each operation of a request: its steps for a `$batch`, itself otherwise. */
function operations(request: GraphRequest): { key: string; status: number }[] {
  const statuses = request.statuses ?? [];
  if (request.steps.length === 0) {
    return [{ key: `${request.method} ${request.path}`, status: statuses[0] ?? 0 }];
  }
  return request.steps.map((step, index) => ({
    key: `${step.method} ${step.url.startsWith('/') ? step.url : `/${step.url}`}`,
    status: statuses[index] ?? 0,
  }));
}

function analyse(requests: readonly GraphRequest[]) {
  let early = 0;
  let shortest = Number.POSITIVE_INFINITY;
  let throttled = 0;
  let attempts = 0;
  requests.forEach((request, index) => {
    for (const operation of operations(request)) {
      attempts += 1;
      if (operation.status !== 429) continue;
      throttled += 1;
      const retry = requests
        .slice(index + 1)
        .find(
          (later) =>
            (later.sentAt ?? 0) >= (request.sentAt ?? 0) &&
            operations(later).some((o) => o.key === operation.key),
        );
      if (!retry) continue;
      const wait = (retry.sentAt ?? 0) - (request.answeredAt ?? 0);
      shortest = Math.min(shortest, wait);
      if (wait < RETRY_AFTER_MS - SLACK_MS) early += 1;
    }
  });
  return { attempts, throttled, early, shortest };
}

async function apiSide(percent: number): Promise<StormRow> {
  const tenant = await startTenant();
  const api = await startApiHarness({ tenant, recordStatuses: true });
  try {
    const liam = userIdOf(tenant, 'liam.oconnor');
    await api.call('priya.raman', 'GET', '/api/team?tz=Europe/London');
    await api.server.app.flushAudit();
    const from = api.requests.length;
    await setFaults(tenant, { throttle: { percent, retryAfterSeconds: RETRY_AFTER_MS / 1000 } });
    for (const path of reportPagePaths(liam)) await api.call('priya.raman', 'GET', path);
    let failed = 0;
    const versions = 3;
    try {
      await seedContract(api, 'priya.raman', liam, versions);
    } catch {
      failed += 1;
    }
    await api.server.app.flushAudit();
    await clearFaults(tenant);
    const stormed = api.requests.slice(from);
    const history = JSON.parse(
      (await api.call('priya.raman', 'GET', `/api/people/${liam}/contract/history`)).text,
    ) as { versions?: unknown[] };
    const kept = history.versions?.length ?? 0;
    const { attempts, throttled, early, shortest } = analyse(stormed);
    return {
      side: `career API (SharePoint, directory, $batch, audit) at ${String(percent)}%`,
      calls: attempts - throttled,
      attempts,
      attemptsPerCall: round(attempts / Math.max(1, attempts - throttled)),
      throttled,
      early,
      shortestWaitMs: round(shortest),
      writes: versions,
      lost: failed > 0 ? 0 : versions - kept,
      failed,
    };
  } finally {
    await api.close();
    await tenant.close();
  }
}

async function delegatedSide(percent: number, writesEach: number): Promise<StormRow> {
  const tenant = await startTenant();
  let attempts = 0;
  let throttled = 0;
  const counting: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    attempts += 1;
    if (response.status === 429) throttled += 1;
    return response;
  };
  try {
    const writers = await writersOf(tenant, counting);
    await setFaults(tenant, { throttle: { percent, retryAfterSeconds: RETRY_AFTER_MS / 1000 } });
    const done: [Writer, string][] = [];
    let failed = 0;
    for (const writer of ['mail', 'event', 'task'] as const) {
      for (let n = 0; n < writesEach; n += 1) {
        const title = `Storm ${writer} ${randomUUID()}`;
        try {
          await writers.write(writer, title, randomUUID());
          done.push([writer, title]);
        } catch {
          failed += 1;
        }
      }
    }
    await clearFaults(tenant);
    let lost = 0;
    for (const [writer, title] of done) if ((await writers.count(writer, title)) !== 1) lost += 1;
    const early = writers.waits.filter((ms) => ms < RETRY_AFTER_MS).length;
    return {
      side: `web app (mail, calendar, To Do) at ${String(percent)}%`,
      calls: attempts - throttled,
      attempts,
      attemptsPerCall: round(attempts / Math.max(1, attempts - throttled)),
      throttled,
      early,
      shortestWaitMs: writers.waits.length > 0 ? Math.min(...writers.waits) : 0,
      writes: writesEach * 3,
      lost,
      failed,
    };
  } finally {
    await tenant.close();
  }
}

export async function runThrottleStormDrill(
  percent: number,
  writesEach: number,
): Promise<StormRow[]> {
  return [await apiSide(percent), await delegatedSide(percent, writesEach)];
}
