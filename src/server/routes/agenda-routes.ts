import { addAgendaItem, agendaFor } from '../../app/career-api';
import { respond } from '../http/respond';
import { readBody, readParams } from '../http/validate';
import { PersonParams } from '../../app/api-schemas/common';
import {
  AGENDA_ITEMS_MAX,
  AgendaItem,
  AgendaItemParams,
  AgendaResponse,
  NewAgendaItemBody,
} from '../../app/api-schemas/agenda';
import { PROBLEM_RESPONSES as P } from './helpers';
import type { Route } from './route';

const TAG = 'Agenda';

const read: Route = {
  method: 'get',
  path: '/api/people/{personId}/agenda',
  summary: 'What the report wants to raise at the next conversation',
  description:
    'The report reads all of it; their current manager reads what was added for them, never what was meant for a manager before.',
  tag: TAG,
  params: PersonParams,
  responses: [
    { status: 200, description: 'The agenda, oldest first.', schema: AgendaResponse },
    P.forbidden,
    P.notFound,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, PersonParams);
    const caller = c.get('caller');
    const resolved = await services.guard.gate(caller, personId);
    const grant = await services.guard.check({
      caller,
      action: 'agenda.read',
      subjectId: personId,
      resolved,
      hideRecord: true,
    });
    const items = await grant.run(() => services.ctx.stores.agenda.listForReport(personId));
    return respond(c, AgendaResponse, {
      reportId: personId,
      items: agendaFor(items, caller.userId, personId),
    });
  },
};

const add: Route = {
  method: 'post',
  path: '/api/me/agenda',
  summary: 'Add something you want to raise at the next conversation',
  tag: TAG,
  body: NewAgendaItemBody,
  responses: [
    { status: 201, description: 'The item, added for your current manager.', schema: AgendaItem },
    P.badRequest,
    P.unprocessable,
  ],
  async handle(c, services) {
    const input = await readBody(c, NewAgendaItemBody);
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'agenda.add',
      subjectId: caller.userId,
    });
    const liveManagerId = await services.managers.liveManagerOf(caller.userId);
    const saved = await grant.run(() =>
      addAgendaItem(services.ctx, {
        reportId: caller.userId,
        text: input.text,
        liveManagerId,
        maxItems: AGENDA_ITEMS_MAX,
      }),
    );
    return respond(c, AgendaItem, saved.value, { status: 201 });
  },
};

const remove: Route = {
  method: 'delete',
  path: '/api/me/agenda/{itemId}',
  summary: 'Take an item off your agenda',
  tag: TAG,
  params: AgendaItemParams,
  responses: [
    { status: 200, description: 'Your agenda after the change.', schema: AgendaResponse },
    P.notFound,
  ],
  async handle(c, services) {
    const { itemId } = readParams(c, AgendaItemParams);
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'agenda.remove',
      subjectId: caller.userId,
    });
    const { agenda } = services.ctx.stores;
    const items = await grant.run(async () => {
      await agenda.remove(caller.userId, itemId);
      return agenda.listForReport(caller.userId);
    });
    return respond(c, AgendaResponse, {
      reportId: caller.userId,
      items: items.map((i) => i.value),
    });
  },
};

export const AGENDA_ROUTES: Route[] = [read, add, remove];
