import { permits, closeTrigger, logTrigger, triggerFacts } from '../../app/career-api';
import { TRIGGERS, type TriggerLog } from '../../domain';
import type { Versioned } from '../../app/ports';
import { requireIfMatch, toHttpEtag } from '../http/etag';
import { fail } from '../http/problem';
import { respond } from '../http/respond';
import { readBody, readParams } from '../http/validate';
import { PersonParams } from '../../app/api-schemas/common';
import {
  CloseTriggerBody,
  NewTriggerBody,
  TriggerListResponse,
  TriggerLog as TriggerLogSchema,
  TriggerParams,
} from '../../app/api-schemas/trigger';
import { PROBLEM_RESPONSES as P } from './helpers';
import type { Route } from './route';

const TAG = 'Triggers';

const body = ({ value, etag }: Versioned<TriggerLog>) => ({
  ...value,
  label: TRIGGERS[value.trigger].label,
  etag: toHttpEtag(etag),
});

const list: Route = {
  method: 'get',
  path: '/api/people/{personId}/triggers',
  summary: 'Triggers logged for the person (categories only)',
  tag: TAG,
  params: PersonParams,
  responses: [{ status: 200, description: 'Logs.', schema: TriggerListResponse }, P.forbidden],
  async handle(c, services) {
    const { personId } = readParams(c, PersonParams);
    const caller = c.get('caller');
    const resolved = await services.guard.gate(caller, personId);
    const stored = await services.ctx.stores.triggers.listForReport(personId);
    const may = permits(caller, personId, resolved, services.ctx.clock.now());
    const shown = stored
      .map((item) => ({ item, facts: triggerFacts(resolved, item.value) }))
      .filter(({ facts }) => may('trigger.read', facts));
    await services.guard.auditRecords(
      caller,
      'trigger.read',
      personId,
      resolved,
      shown.map((s) => s.facts),
    );
    return respond(c, TriggerListResponse, {
      reportId: personId,
      items: shown.map(({ item }) => body(item)),
      earlierHistory: shown.length < stored.length,
    });
  },
};

const log: Route = {
  method: 'post',
  path: '/api/people/{personId}/triggers',
  summary: 'Log one of the six triggers for an ad hoc career conversation',
  description: 'The body has one field, the trigger category. There is no free text, by design.',
  tag: TAG,
  params: PersonParams,
  body: NewTriggerBody,
  responses: [
    { status: 201, description: 'The log.', schema: TriggerLogSchema, etag: true },
    P.badRequest,
    P.forbidden,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, PersonParams);
    const input = await readBody(c, NewTriggerBody);
    const grant = await services.guard.check({
      caller: c.get('caller'),
      action: 'trigger.log',
      subjectId: personId,
    });
    const saved = await grant.run(() =>
      logTrigger(services.ctx, { reportId: personId, trigger: input.trigger }),
    );
    return respond(c, TriggerLogSchema, body(saved), { status: 201, etag: saved.etag });
  },
};

const close: Route = {
  method: 'post',
  path: '/api/people/{personId}/triggers/{logId}/close',
  summary: 'Close a trigger with the held conversation that answered it',
  description: 'Holding an ad hoc conversation with the same trigger closes it automatically.',
  tag: TAG,
  params: TriggerParams,
  body: CloseTriggerBody,
  ifMatch: 'required',
  responses: [
    { status: 200, description: 'The closed log.', schema: TriggerLogSchema, etag: true },
    P.badRequest,
    P.forbidden,
    P.notFound,
    P.preconditionFailed,
    P.unprocessable,
    P.preconditionRequired,
  ],
  async handle(c, services) {
    const { personId, logId } = readParams(c, TriggerParams);
    const input = await readBody(c, CloseTriggerBody);
    const expectedEtag = requireIfMatch(c.req.header('if-match'));
    const caller = c.get('caller');
    const resolved = await services.guard.gate(caller, personId, true);
    const stored = (await services.ctx.stores.triggers.listForReport(personId)).find(
      (t) => t.value.id === logId,
    );
    if (!stored) throw fail.notFound('This trigger is not on record.');
    const grant = await services.guard.check({
      caller,
      action: 'trigger.close',
      subjectId: personId,
      resolved,
      record: triggerFacts(resolved, stored.value),
    });
    const saved = await grant.run(() =>
      closeTrigger(services.ctx, {
        reportId: personId,
        logId,
        conversationId: input.conversationId,
        expectedEtag,
      }),
    );
    return respond(c, TriggerLogSchema, body(saved), { etag: saved.etag });
  },
};

export const TRIGGER_ROUTES: Route[] = [list, log, close];
