import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { NUDGE_ROUTES } from './routes/nudge-routes';
import { sendDueNudges, type NudgeRun, type UseCaseContext } from '../app/career-api';
import {
  CadenceAggregatesCache,
  DEFAULT_ORG_TIME_ZONE,
} from '../app/career-api/hr/cadence-aggregates-cache';
import { AccessGuard } from './access/guard';
import { AuditQueue } from './access/audit-queue';
import { LiveManagers } from './access/live-managers';
import { requireCaller, type CallerVariables } from './auth/require-caller';
import { consoleLog, type CareerApiDeps } from './deps';
import { handleError } from './http/errors';
import { problem, problemResponse } from './http/problem';
import { DEFAULT_RATE_LIMIT, rateLimitPerCaller } from './http/rate-limit';
import { securityHeaders } from './http/security-headers';
import { buildOpenApi } from './openapi';
import { ENDPOINT_LIST } from '../app/api-schemas/endpoints';
import { AGENDA_ROUTES } from './routes/agenda-routes';
import { CONTRACT_ROUTES } from './routes/contract-routes';
import { HISTORY_REQUEST_ROUTES } from './routes/history-request-routes';
import { CONVERSATION_ROUTES } from './routes/conversation-routes';
import { HR_ROUTES } from './routes/hr-routes';
import { ME_ROUTES } from './routes/me-routes';
import { PEOPLE_ROUTES } from './routes/people-routes';
import { PROFILE_ROUTES } from './routes/profile-routes';
import { READS_ROUTES } from './routes/reads-routes';
import { honoPath, type Route, type Services } from './routes/route';
import { TEAM_ROUTES } from './routes/team-routes';
import { TRIGGER_ROUTES } from './routes/trigger-routes';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** Every endpoint's handler (tests/unit/server/endpoint-coverage.test.ts: one each). */
export const ROUTES: readonly Route[] = [
  ...TEAM_ROUTES,
  ...CONTRACT_ROUTES,
  ...CONVERSATION_ROUTES,
  ...TRIGGER_ROUTES,
  ...PROFILE_ROUTES,
  ...AGENDA_ROUTES,
  ...HISTORY_REQUEST_ROUTES,
  ...ME_ROUTES,
  ...HR_ROUTES,
  ...PEOPLE_ROUTES,
  ...READS_ROUTES,
  ...NUDGE_ROUTES,
];

const PLACEHOLDER_IDENTITY = {
  apiClientId: '{api-client-id}',
  authority: 'https://login.microsoftonline.com/{tenant-id}',
};

export type CareerApi = Hono<{ Variables: CallerVariables }> & {
  /** Writes the audit entries waiting in the queue (tests, before reading the store directly). */
  flushAudit(): Promise<void>;
  /** Flushes the audit queue for good: call on shutdown. */
  close(): Promise<void>;
  /**
   * The scheduled nudge job (a timer in Azure Functions, an interval on Node): undefined when
   * nudges are not configured (no Teams app id or no organisation to walk).
   */
  runNudges(): Promise<NudgeRun | undefined>;
};

/**
 * The career API as a fetch handler (`app.fetch`): the same app runs on Node, behind the local
 * stack's proxy and in Azure Functions. Framework-thin: each route parses, resolves the live
 * relationship, asks the domain's access rules, runs one use case, audits and answers.
 */
export function createCareerApi(deps: CareerApiDeps): CareerApi {
  const log = deps.log ?? consoleLog;
  const audit = new AuditQueue(deps.audit, { log });
  const ctx: UseCaseContext = {
    stores: deps.stores,
    directory: deps.directory,
    managerHistory: deps.managerHistory,
    audit,
    security: deps.security,
    clock: deps.clock,
    newId: deps.newId ?? (() => crypto.randomUUID()),
    ...(deps.storageLeftovers === undefined ? {} : { storageLeftovers: deps.storageLeftovers }),
  };
  const managers = new LiveManagers(deps.directory, {
    ...(deps.managerCacheTtlMs === undefined ? {} : { ttlMs: deps.managerCacheTtlMs }),
  });
  const services: Services = {
    ctx,
    guard: new AccessGuard(ctx, managers, log),
    managers,
    log,
    deps,
    readAsCaller: (path, authorization) =>
      Promise.resolve(app.request(path, { headers: { authorization } })),
    aggregates: new CadenceAggregatesCache(
      deps.orgTimeZone ?? DEFAULT_ORG_TIME_ZONE,
      deps.aggregatesCacheTtlMs,
    ),
  };
  const rateLimit = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
  const maxBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const app: CareerApi = Object.assign(new Hono<{ Variables: CallerVariables }>(), {
    flushAudit: () => audit.flush(),
    close: () => audit.close(),
    runNudges: async () => {
      const job = deps.nudges.job;
      if (!job) return undefined;
      return sendDueNudges(ctx, { ...job, store: deps.nudges.store });
    },
  });
  app.use('*', async (c, next) => {
    c.header('request-id', crypto.randomUUID());
    await next();
  });
  app.use('*', securityHeaders());
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (deps.appOrigins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
      exposeHeaders: ['ETag', 'Location', 'request-id', 'Retry-After', 'WWW-Authenticate'],
      maxAge: 600,
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBytes,
      onError: () =>
        problemResponse(
          problem(
            'payload-too-large',
            413,
            `Keep the request under ${String(maxBytes / 1024)} KB.`,
          ),
        ),
    }),
  );

  // Built on first request: generating it costs more than anything else at start.
  let openApi: ReturnType<typeof buildOpenApi> | undefined;
  app.get('/api/openapi.json', (c) => {
    openApi ??= buildOpenApi(ENDPOINT_LIST, deps.openApi ?? PLACEHOLDER_IDENTITY);
    return c.json(openApi);
  });

  app.use('/api/*', requireCaller(deps.verifier, log));
  if (rateLimit !== false) {
    app.use(
      '/api/*',
      rateLimitPerCaller(rateLimit, () => deps.clock.now().epochMilliseconds),
    );
  }
  // Any successful write may change the counts: HR's next read computes them again.
  app.use('/api/*', async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.res.status < 400) services.aggregates.clear();
  });
  for (const route of ROUTES) {
    const { method, path } = route.endpoint;
    app.on(method.toUpperCase(), honoPath(path), (c) => route.run(c, services));
  }

  app.notFound(() => problemResponse(problem('not-found', 404, 'There is no such endpoint.')));
  app.onError((error, c) => handleError(error, c, log));
  return app;
}
