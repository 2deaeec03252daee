import { rejected, respond } from '../http/respond';
import { ZoneQuery } from '../../app/api-schemas/common';
import { AggregatesResponse, SetupHealth } from '../../app/api-schemas/hr';
import { probeStores } from '../setup/store-probe';
import { PROBLEM_RESPONSES as P, zoneFrom } from './helpers';
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
  query: ZoneQuery,
  responses: [
    { status: 200, description: 'The aggregates.', schema: AggregatesResponse },
    P.badRequest,
    P.forbidden,
  ],
  async handle(c, services) {
    const zone = zoneFrom(c);
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'aggregates.read',
      subjectId: caller.userId,
    });
    const report = await grant.run(() =>
      services.aggregates.read(services.ctx, { callerId: caller.userId, zone }),
    );
    if (!report.ok) rejected(report.errors, 'aggregates');
    return respond(c, AggregatesResponse, report.value);
  },
};

export const HR_ROUTES: Route[] = [aggregates, setupHealth];
