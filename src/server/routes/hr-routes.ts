import { Temporal, toIsoInstant } from '../../domain';
import { HR_ENDPOINTS as E } from '../../app/api-schemas/hr-endpoints';
import { rejected } from '../http/respond';
import { probeStores } from '../setup/store-probe';
import { handle, type Route } from './route';

const setupHealth = handle(E.setupHealth, async ({ grant }, services) => {
  const check = services.deps.setupHealth ?? probeStores(services.ctx.stores, services.ctx.clock);
  return { body: await grant.run(check) };
});

const aggregates = handle(E.cadenceAggregates, async ({ caller, grant }, services) => {
  const report = await grant.run(() =>
    services.aggregates.read(services.ctx, { callerId: caller.userId }),
  );
  if (!report.ok) rejected(report.errors, 'aggregates');
  return { body: report.value };
});

const refusals = handle(E.refusals, async ({ query, grant }, services) => {
  const since =
    query.since === undefined
      ? toIsoInstant(services.ctx.clock.now().subtract({ hours: 24 }))
      : toIsoInstant(Temporal.Instant.from(query.since));
  const items = await grant.run(() => services.ctx.security.listRefusals({ since }));
  return { body: { since, items } };
});

export const HR_ROUTES: Route[] = [aggregates, setupHealth, refusals];
