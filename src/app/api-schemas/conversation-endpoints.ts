import { AgendaItem, AgendaItemParams, AgendaResponse, NewAgendaItemBody } from './agenda';
import { PersonParams, ZoneQuery } from './common';
import { OverdueCommitmentsResponse } from './contract';
import {
  Conversation,
  ConversationListResponse,
  ConversationParams,
  ConversationPatchBody,
  NewConversationBody,
} from './conversation';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';
import { TeamOverviewResponse } from './team';
import {
  CloseTriggerBody,
  NewTriggerBody,
  TriggerListResponse,
  TriggerLog,
  TriggerParams,
} from './trigger';

// The manager's team and what happens around each conversation: the records, the triggers that
// call for one, and the report's agenda for the next.

export const TEAM_ENDPOINTS = {
  team: defineEndpoint({
    method: 'get',
    path: '/api/team',
    summary: 'Everything the manager’s overview needs, for up to 50 reports, in one answer',
    tag: 'Team',
    query: ZoneQuery,
    // Each report sees the overview in their own trail; the check itself is not audited.
    access: { subject: 'caller', action: 'team.overview' },
    responses: [
      { status: 200, description: 'The overview.', schema: TeamOverviewResponse, etag: true },
      { status: 304, description: 'Unchanged since the ETag sent in If-None-Match.' },
      P.badRequest,
      P.unauthorized,
    ],
  }),
  overdueCommitments: defineEndpoint({
    method: 'get',
    path: '/api/team/overdue-commitments',
    summary: 'Open commitments past their date across the team (one indexed query)',
    tag: 'Team',
    query: ZoneQuery,
    access: { subject: 'caller', action: 'team.overview' },
    responses: [
      { status: 200, description: 'Overdue commitments.', schema: OverdueCommitmentsResponse },
      P.badRequest,
    ],
  }),
};

// A record addressed by its own id names its person only once read: its handler checks access.
export const CONVERSATION_ENDPOINTS = {
  conversations: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/conversations',
    summary: 'The shared conversation records the caller may see',
    tag: 'Conversations',
    params: PersonParams,
    access: { subject: 'person', gate: true },
    responses: [
      { status: 200, description: 'Records.', schema: ConversationListResponse },
      P.forbidden,
    ],
  }),
  recordConversation: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/conversations',
    summary: 'Record a conversation (booked or held; ad hoc with its trigger)',
    tag: 'Conversations',
    params: PersonParams,
    body: NewConversationBody,
    access: { subject: 'person', action: 'conversation.write' },
    responses: [
      { status: 201, description: 'The record.', schema: Conversation, etag: true },
      P.badRequest,
      P.forbidden,
    ],
  }),
  conversation: defineEndpoint({
    method: 'get',
    path: '/api/conversations/{conversationId}',
    summary: 'One shared conversation record',
    tag: 'Conversations',
    params: ConversationParams,
    access: {
      subject: 'record',
      action: 'conversation.read',
      askedBy: 'handler',
      hideRecord: true,
    },
    responses: [
      { status: 200, description: 'The record.', schema: Conversation, etag: true },
      P.forbidden,
      P.notFound,
    ],
  }),
  updateConversation: defineEndpoint({
    method: 'patch',
    path: '/api/conversations/{conversationId}',
    summary: 'Update the shared record: phases reached, shared notes, date, state',
    tag: 'Conversations',
    params: ConversationParams,
    body: ConversationPatchBody,
    ifMatch: 'required',
    access: {
      subject: 'record',
      action: 'conversation.write',
      askedBy: 'handler',
      hideRecord: true,
    },
    responses: [
      {
        status: 200,
        description: 'The record after the change.',
        schema: Conversation,
        etag: true,
      },
      P.badRequest,
      P.forbidden,
      P.notFound,
      P.preconditionFailed,
      P.preconditionRequired,
    ],
  }),
};

export const TRIGGER_ENDPOINTS = {
  triggers: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/triggers',
    summary: 'Triggers logged for the person (categories only)',
    tag: 'Triggers',
    params: PersonParams,
    access: { subject: 'person', gate: true },
    responses: [{ status: 200, description: 'Logs.', schema: TriggerListResponse }, P.forbidden],
  }),
  logTrigger: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/triggers',
    summary: 'Log one of the six triggers for an ad hoc career conversation',
    description: 'The body has one field, the trigger category. There is no free text, by design.',
    tag: 'Triggers',
    params: PersonParams,
    body: NewTriggerBody,
    access: { subject: 'person', action: 'trigger.log' },
    responses: [
      { status: 201, description: 'The log.', schema: TriggerLog, etag: true },
      P.badRequest,
      P.forbidden,
    ],
  }),
  closeTrigger: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/triggers/{logId}/close',
    summary: 'Close a trigger with the held conversation that answered it',
    description: 'Holding an ad hoc conversation with the same trigger closes it automatically.',
    tag: 'Triggers',
    params: TriggerParams,
    body: CloseTriggerBody,
    ifMatch: 'required',
    access: { subject: 'person', gate: true, action: 'trigger.close', askedBy: 'handler' },
    responses: [
      { status: 200, description: 'The closed log.', schema: TriggerLog, etag: true },
      P.badRequest,
      P.forbidden,
      P.notFound,
      P.preconditionFailed,
      P.unprocessable,
      P.preconditionRequired,
    ],
  }),
};

export const AGENDA_ENDPOINTS = {
  agenda: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/agenda',
    summary: 'What the report wants to raise at the next conversation',
    description:
      'The report reads all of it; their current manager reads what was added for them, never what was meant for a manager before.',
    tag: 'Agenda',
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
    tag: 'Agenda',
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
    tag: 'Agenda',
    params: AgendaItemParams,
    access: { subject: 'caller', action: 'agenda.remove' },
    responses: [
      { status: 200, description: 'Your agenda after the change.', schema: AgendaResponse },
      P.notFound,
    ],
  }),
};
