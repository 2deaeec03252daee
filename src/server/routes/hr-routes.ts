import { rejected, respond } from '../http/respond';
import { AggregatesResponse, SetupHealth } from '../../app/api-schemas/hr';
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

export const HR_ROUTES: Route[] = [aggregates, setupHealth];
