/**
 * The career API's side of performance, counted on the wire against the local tenant: Graph
 * requests per screen (team overview at 12 and 50 reports, the report page), beside the
 * per-report baseline (the same API with `readBatching: false`, i.e. each report's queries sent
 * as asked) in the same run; GET /api/team under 50 concurrent callers; and under 30% throttling.
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { startTenant } from '../tests/integration/local-tenant/helpers';
import { clearFaults, setFaults, userIdOf } from '../tests/integration/ports/graph-harness';
import {
  reportPagePaths,
  seedContract,
  startApiHarness,
  type ApiHarness,
} from '../tests/integration/server/api-harness';
import { round } from './measure';

const TEAM = '/api/team?tz=Europe/London';

export interface ScreenCount {
  screen: string;
  /** Calls to the career API the screen makes. */
  apiCalls: number;
  /** Graph HTTP requests behind them (a `$batch` is one). */
  graphRequests: number;
  /** Requests inside the `$batch`es plus the others: what Graph works through. */
  graphOperations: number;
  /** The same screen from the per-report baseline. */
  baselineGraphRequests: number;
  baselineGraphOperations: number;
}

export interface LoadResult {
  implementation: string;
  callers: number;
  seconds: number;
  /** Answers received within the `seconds` (what the throughput counts). */
  requests: number;
  /** Answers to calls still open when the time was up, received after it: not counted. */
  late: number;
  errors: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface ThrottleResult {
  implementation: string;
  throttledPercent: number;
  loads: number;
  ok: number;
  medianMs: number;
  maxMs: number;
}

export interface ServerBench {
  screens: ScreenCount[];
  load: LoadResult[];
  throttling: ThrottleResult[];
}

/** Graph requests and operations the API sent while answering the calls. */
async function counted(
  api: ApiHarness,
  calls: readonly [who: string, path: string][],
): Promise<{ requests: number; operations: number }> {
  const label = `count-${String(performance.now())}`;
  // All at once, as the browser sends a screen's queries.
  await Promise.all(
    calls.map(async ([who, path]) => {
      const answer = await api.call(who, 'GET', path, { label });
      if (answer.status >= 500) throw new Error(`${path}: ${String(answer.status)} ${answer.text}`);
    }),
  );
  const sent = api.requests.filter((r) => r.during === label);
  await api.server.app.flushAudit();
  return {
    requests: sent.length,
    operations: sent.reduce((n, r) => n + Math.max(1, r.steps.length), 0),
  };
}

/** The page's reads one call each, as the app sent them before it gathered them. */
const reportPageCallsOneEach = (liamId: string): [string, string][] =>
  reportPagePaths(liamId).map((path) => ['priya.raman', path]);

/**
 * As the app sends them now: the overview (usually cached, then a 304) and the other five reads
 * gathered into one `/api/reads` call (career-api-http.ts).
 */
const reportPageCalls = (liamId: string): [string, string][] => {
  const [team = '', ...rest] = reportPagePaths(liamId);
  const gathered = rest.map((path) => `path=${encodeURIComponent(path.replace(/^\/api/, ''))}`);
  return [
    ['priya.raman', team],
    ['priya.raman', `/api/reads?${gathered.join('&')}`],
  ];
};

/** Before: one call per read, the version list, then one call per version. */
function reportPageCallsBefore(liamId: string, versions: number): [string, string][] {
  const person = `/api/people/${liamId}`;
  return [
    ...reportPageCallsOneEach(liamId).filter(([, path]) => !path.endsWith('/contract/history')),
    ['priya.raman', `${person}/contract/versions`],
    ...Array.from({ length: versions }, (_, i): [string, string] => [
      'priya.raman',
      `${person}/contract/versions/${String(i + 1)}`,
    ]),
  ];
}

const pick = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * The callers' side of the load: `callers` loops calling `url` for `seconds`, in a worker thread
 * of their own, so the API's event loop runs only the API and the local tenant (callers are other
 * machines in a deployment; on one event loop, 50 fetch loops cost the API a share of its core).
 * Posts every answer's latency, when it arrived, and how many were not 200.
 */
const CALLERS = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { url, token, callers, seconds } = workerData;
const latencies = [];
let errors = 0;
let late = 0;
const end = performance.now() + seconds * 1000;
Promise.all(Array.from({ length: callers }, async () => {
  while (performance.now() < end) {
    const start = performance.now();
    const response = await fetch(url, { headers: { authorization: 'Bearer ' + token } });
    await response.arrayBuffer();
    if (response.status !== 200) errors += 1;
    const now = performance.now();
    latencies.push(now - start);
    if (now > end) late += 1;
  }
})).then(() => parentPort.postMessage({ latencies, late, errors }));
`;

/** `callers` loops calling GET /api/team for `seconds`; latencies of every answer. */
async function underLoad(
  api: ApiHarness,
  implementation: string,
  callers: number,
  seconds: number,
): Promise<LoadResult> {
  const token = await api.tokenOf('priya.raman');
  const worker = new Worker(CALLERS, {
    eval: true,
    workerData: { url: `${api.server.url}${TEAM}`, token, callers, seconds },
  });
  const { latencies, late, errors } = await new Promise<{
    latencies: number[];
    late: number;
    errors: number;
  }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  await api.server.app.flushAudit();
  latencies.sort((a, b) => a - b);
  return {
    implementation,
    callers,
    seconds,
    // Throughput counts what was answered within the time, as a load tool does (wrk, say): a
    // call answered later was served partly after it, and the slower the implementation, the
    // more of them there are (50 open calls are 1% of the batched API's answers, 15% of the
    // baseline's). Latency percentiles include them.
    requests: latencies.length - late,
    late,
    errors,
    perSecond: round((latencies.length - late) / seconds),
    p50Ms: round(pick(latencies, 0.5)),
    p99Ms: round(pick(latencies, 0.99)),
  };
}

async function throttled(api: ApiHarness, implementation: string, percent: number, loads: number) {
  await setFaults(api.tenant, { throttle: { percent, retryAfterSeconds: 1 } });
  const times: number[] = [];
  let ok = 0;
  try {
    for (let i = 0; i < loads; i++) {
      const start = performance.now();
      const answer = await api.call('priya.raman', 'GET', TEAM);
      times.push(performance.now() - start);
      if (answer.status === 200) ok += 1;
    }
  } finally {
    await clearFaults(api.tenant);
  }
  await api.server.app.flushAudit();
  times.sort((a, b) => a - b);
  return {
    implementation,
    throttledPercent: percent,
    loads,
    ok,
    medianMs: round(pick(times, 0.5)),
    maxMs: round(times.at(-1) ?? 0),
  };
}

export async function benchServer(): Promise<ServerBench> {
  const tenant = await startTenant();
  const batched = await startApiHarness({ tenant });
  const naive = await startApiHarness({ tenant, readBatching: false });
  try {
    await batched.addTeam('fifty.manager', 50);
    const liamId = userIdOf(tenant, 'liam.oconnor');
    await seedContract(batched, 'priya.raman', liamId, 3);
    // First sightings (manager stints) are recorded once; both then count steady state.
    for (const api of [batched, naive]) {
      for (const who of ['priya.raman', 'fifty.manager']) await api.call(who, 'GET', TEAM);
      await api.server.app.flushAudit();
    }
    const screens: ScreenCount[] = [];
    const screen = async (
      name: string,
      calls: [string, string][],
      baselineCalls: [string, string][] = calls,
    ) => {
      const now = await counted(batched, calls);
      const before = await counted(naive, baselineCalls);
      screens.push({
        screen: name,
        apiCalls: calls.length,
        graphRequests: now.requests,
        graphOperations: now.operations,
        baselineGraphRequests: before.requests,
        baselineGraphOperations: before.operations,
      });
    };
    await screen('team overview (12 reports)', [['priya.raman', TEAM]]);
    await screen('team overview (50 reports)', [['fifty.manager', TEAM]]);
    await screen(
      'report page (3 contract versions)',
      reportPageCalls(liamId),
      reportPageCallsBefore(liamId, 3),
    );

    // BENCH_QUICK=1: the counts only (a minute less).
    if (process.env.BENCH_QUICK === '1') return { screens, load: [], throttling: [] };
    const load = [
      await underLoad(batched, 'batched', 50, 10),
      await underLoad(naive, 'per-report baseline', 50, 10),
    ];
    const throttling = [
      await throttled(batched, 'batched', 0, 5),
      await throttled(batched, 'batched', 30, 5),
      await throttled(naive, 'per-report baseline', 30, 5),
    ];
    return { screens, load, throttling };
  } finally {
    await naive.close();
    await batched.close();
    await tenant.close();
  }
}

export function printServerBench(result: ServerBench): void {
  console.info('\nServer: Graph requests per screen (counted on the wire; $batch = 1 request)');
  console.table(result.screens);
  console.info('\nGET /api/team under 50 concurrent callers (loopback, Priya, 12 reports)');
  console.table(result.load);
  console.info('\nGET /api/team under throttling (429, Retry-After 1 s)');
  console.table(result.throttling);
}

/** `npx tsx bench/server-requests.ts`: the server part alone, without the build and Chromium. */
if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  printServerBench(await benchServer());
}
