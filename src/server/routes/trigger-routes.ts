import { closeTrigger, logTrigger, triggerFacts } from '../../app/career-api';
import { TRIGGERS, type TriggerLog } from '../../domain';
import type { Versioned } from '../../app/ports';
import { TRIGGER_ENDPOINTS as E } from '../../app/api-schemas/conversation-endpoints';
import { toHttpEtag } from '../http/etag';
import { fail } from '../http/problem';
import { listAnswer } from './helpers';
import { handle, type Route } from './route';

const body = ({ value, etag }: Versioned<TriggerLog>) => ({
  ...value,
  label: TRIGGERS[value.trigger].label,
  etag: toHttpEtag(etag),
});

const list = handle(E.triggers, async (request, services) => {
  const stored = await services.ctx.stores.triggers.listForReport(request.params.personId);
  return listAnswer(services, request, 'trigger.read', stored, triggerFacts, body);
});

const log = handle(E.logTrigger, async ({ params: { personId }, body: input, grant }, services) => {
  const saved = await grant.run(() =>
    logTrigger(services.ctx, { reportId: personId, trigger: input.trigger }),
  );
  return { body: body(saved), etag: saved.etag };
});

const close = handle(E.closeTrigger, async (request, services) => {
  const { params, body: input, ifMatch, resolved, authorize } = request;
  const { personId, logId } = params;
  const stored = (await services.ctx.stores.triggers.listForReport(personId)).find(
    (t) => t.value.id === logId,
  );
  if (!stored) throw fail.notFound('This trigger is not on record.');
  const grant = await authorize({ record: triggerFacts(resolved, stored.value) });
  const saved = await grant.run(() =>
    closeTrigger(services.ctx, {
      reportId: personId,
      logId,
      conversationId: input.conversationId,
      expectedEtag: ifMatch,
    }),
  );
  return { body: body(saved), etag: saved.etag };
});

export const TRIGGER_ROUTES: Route[] = [list, log, close];
