import { Temporal, toIsoInstant } from '../../domain';
import { rejected, respond } from '../http/respond';
import { readQuery } from '../http/validate';
import {
  AggregatesResponse,
  RefusalsQuery,
  RefusalsResponse,
  SetupHealth,
} from '../../app/api-schemas/hr';
import { probeStores } from '../setup/store-probe';
import { PROBLEM_RESPONSES as P } from './helpers';
import type { Route } from './route';

const TAG = 'HR';

const setupHealth: Route = {
  method: 'get',
  path: '/api/hr/setup-health',
  summary: 'Is the site reachable, are the lists and indexes there, is the permission granted',
  tag: TAG,
  responses: [{ status: 200, description: 'The checks.', schema: SetupHealth }, P.forbidden],
  async handle(c, services) {
    const grant = await services.guard.check({
      caller: c.get('caller'),
      action: 'setup.health',
      subjectId: c.get('caller').userId,
    });
    const check = services.deps.setupHealth ?? probeStores(services.ctx.stores, services.ctx.clock);
    const health = await grant.run(check);
    return respond(c, SetupHealth, health);
  },
};

const aggregates: Route = {
  method: 'get',
  path: '/api/hr/aggregates',
  summary: 'Cadence health per department: counts only, small groups suppressed',
  tag: TAG,
  // No time zone from the caller: figures drawn in several zones could be subtracted from each
  // other to single out one person's commitment. The organisation's zone (ORG_TIME_ZONE) is used.
  responses: [
    { status: 200, description: 'The aggregates.', schema: AggregatesResponse },
    P.badRequest,
    P.forbidden,
  ],
  async handle(c, services) {
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'aggregates.read',
      subjectId: caller.userId,
    });
    const report = await grant.run(() =>
      services.aggregates.read(services.ctx, { callerId: caller.userId }),
    );
    if (!report.ok) rejected(report.errors, 'aggregates');
    return respond(c, AggregatesResponse, report.value);
  },
};

const refusals: Route = {
  method: 'get',
  path: '/api/hr/refusals',
  summary: 'Refused requests, counted per actor, subject, action and hour: ids and codes only',
  tag: TAG,
  query: RefusalsQuery,
  responses: [
    { status: 200, description: 'The counts, newest hour first.', schema: RefusalsResponse },
    P.badRequest,
    P.forbidden,
  ],
  async handle(c, services) {
    const query = readQuery(c, RefusalsQuery);
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'security-log.read',
      subjectId: caller.userId,
    });
    const since =
      query.since === undefined
        ? toIsoInstant(services.ctx.clock.now().subtract({ hours: 24 }))
        : toIsoInstant(Temporal.Instant.from(query.since));
    const items = await grant.run(() => services.ctx.security.listRefusals({ since }));
    return respond(c, RefusalsResponse, { since, items });
  },
};

export const HR_ROUTES: Route[] = [aggregates, setupHealth, refusals];
