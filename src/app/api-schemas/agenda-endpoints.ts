import { AgendaItem, AgendaItemParams, AgendaResponse, NewAgendaItemBody } from './agenda';
import { PersonParams } from './common';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';

const TAG = 'Agenda';

export const AGENDA_ENDPOINTS = {
  agenda: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/agenda',
    summary: 'What the report wants to raise at the next conversation',
    description:
      'The report reads all of it; their current manager reads what was added for them, never what was meant for a manager before.',
    tag: TAG,
    params: PersonParams,
    access: { subject: 'person', gate: true, action: 'agenda.read', hideRecord: true },
    responses: [
      { status: 200, description: 'The agenda, oldest first.', schema: AgendaResponse },
      P.forbidden,
      P.notFound,
    ],
  }),
  addAgendaItem: defineEndpoint({
    method: 'post',
    path: '/api/me/agenda',
    summary: 'Add something you want to raise at the next conversation',
    tag: TAG,
    body: NewAgendaItemBody,
    access: { subject: 'caller', action: 'agenda.add' },
    responses: [
      { status: 201, description: 'The item, added for your current manager.', schema: AgendaItem },
      P.badRequest,
      P.unprocessable,
    ],
  }),
  removeAgendaItem: defineEndpoint({
    method: 'delete',
    path: '/api/me/agenda/{itemId}',
    summary: 'Take an item off your agenda',
    tag: TAG,
    params: AgendaItemParams,
    access: { subject: 'caller', action: 'agenda.remove' },
    responses: [
      { status: 200, description: 'Your agenda after the change.', schema: AgendaResponse },
      P.notFound,
    ],
  }),
};
