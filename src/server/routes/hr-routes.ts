import { respond } from '../http/respond';
import { SetupHealth } from '../schemas/hr';
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

export const HR_ROUTES: Route[] = [setupHealth];
