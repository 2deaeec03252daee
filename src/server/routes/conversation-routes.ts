import {
  permits,
  conversationFacts,
  recordConversation,
  triggerFacts,
  updateConversation,
  type ConversationSaved,
  type ResolvedRelationship,
} from '../../app/career-api';
import type { ConversationRecord, TriggerLog } from '../../domain';
import type { Versioned } from '../../app/ports';
import { requireIfMatch, withHttpEtag } from '../http/etag';
import { fail } from '../http/problem';
import { respond } from '../http/respond';
import { readBody, readParams } from '../http/validate';
import { PersonParams } from '../../app/api-schemas/common';
import {
  Conversation,
  ConversationListResponse,
  ConversationParams,
  ConversationPatchBody,
  NewConversationBody,
} from '../../app/api-schemas/conversation';
import { PROBLEM_RESPONSES as P } from './helpers';
import type { Caller } from '../auth/caller';
import type { Grant } from '../access/guard';
import type { Route, Services } from './route';

const TAG = 'Conversations';

const body = (stored: Versioned<ConversationRecord>) => withHttpEtag(stored.value, stored.etag);

/**
 * Holding an ad hoc conversation closes the open logs of its trigger, but only those the caller
 * may close themself (never a previous manager's); each one closed is in the report's trail.
 */
async function holding(
  services: Services,
  caller: Caller,
  reportId: string,
  grant: Grant,
  change: (mayClose: (log: TriggerLog) => boolean) => Promise<ConversationSaved>,
): Promise<Versioned<ConversationRecord>> {
  const { resolved } = grant;
  const may = permits(caller, reportId, resolved, services.ctx.clock.now());
  const { saved, closedTriggers } = await grant.run(() =>
    change((log) => may('trigger.close', triggerFacts(resolved, log))),
  );
  await services.guard.auditRecords(
    caller,
    'trigger.close',
    reportId,
    resolved,
    closedTriggers.map((log) => triggerFacts(resolved, log)),
  );
  return saved;
}

const list: Route = {
  method: 'get',
  path: '/api/people/{personId}/conversations',
  summary: 'The shared conversation records the caller may see',
  tag: TAG,
  params: PersonParams,
  responses: [
    { status: 200, description: 'Records.', schema: ConversationListResponse },
    P.forbidden,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, PersonParams);
    const caller = c.get('caller');
    const resolved = await services.guard.gate(caller, personId);
    const stored = await services.ctx.stores.conversations.listForReport(personId);
    const may = permits(caller, personId, resolved, services.ctx.clock.now());
    const shown = stored
      .map((item) => ({ item, facts: conversationFacts(resolved, item.value) }))
      .filter(({ facts }) => may('conversation.read', facts));
    await services.guard.auditRecords(
      caller,
      'conversation.read',
      personId,
      resolved,
      shown.map((s) => s.facts),
    );
    return respond(c, ConversationListResponse, {
      reportId: personId,
      items: shown.map(({ item }) => body(item)),
      earlierHistory: shown.length < stored.length,
    });
  },
};

/** The record and its person's relationship to the caller (asked live when it is for a change). */
async function readableRecord(
  services: Services,
  id: string,
  live = false,
): Promise<{ stored: Versioned<ConversationRecord>; resolved: ResolvedRelationship }> {
  const stored = await services.ctx.stores.conversations.get(id);
  if (!stored) throw fail.notFound();
  const resolved = await services.guard.relationship(stored.value.reportId, live);
  return { stored, resolved };
}

const read: Route = {
  method: 'get',
  path: '/api/conversations/{conversationId}',
  summary: 'One shared conversation record',
  tag: TAG,
  params: ConversationParams,
  responses: [
    { status: 200, description: 'The record.', schema: Conversation, etag: true },
    P.forbidden,
    P.notFound,
  ],
  async handle(c, services) {
    const { conversationId } = readParams(c, ConversationParams);
    const { stored, resolved } = await readableRecord(services, conversationId);
    const grant = await services.guard.check({
      caller: c.get('caller'),
      action: 'conversation.read',
      subjectId: stored.value.reportId,
      resolved,
      record: conversationFacts(resolved, stored.value),
      hideRecord: true,
    });
    return grant.run(() =>
      Promise.resolve(respond(c, Conversation, body(stored), { etag: stored.etag })),
    );
  },
};

const create: Route = {
  method: 'post',
  path: '/api/people/{personId}/conversations',
  summary: 'Record a conversation (booked or held; ad hoc with its trigger)',
  tag: TAG,
  params: PersonParams,
  body: NewConversationBody,
  responses: [
    { status: 201, description: 'The record.', schema: Conversation, etag: true },
    P.badRequest,
    P.forbidden,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, PersonParams);
    const input = await readBody(c, NewConversationBody);
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'conversation.write',
      subjectId: personId,
    });
    const saved = await holding(services, caller, personId, grant, (mayClose) =>
      recordConversation(
        services.ctx,
        {
          reportId: personId,
          managerId: caller.userId,
          kind: input.kind,
          ...(input.trigger === undefined ? {} : { trigger: input.trigger }),
          state: input.state,
          ...(input.event === undefined ? {} : { event: input.event }),
          ...(input.heldAt === undefined ? {} : { heldAt: input.heldAt }),
          phasesReached: input.phasesReached,
          aspirationRecorded: input.aspirationRecorded,
          sharedNotes: input.sharedNotes,
          ...(input.confirmHeldEarly === undefined ? {} : { confirmHeldEarly: true }),
        },
        mayClose,
      ),
    );
    c.header('Location', `/api/conversations/${saved.value.id}`);
    return respond(c, Conversation, body(saved), { status: 201, etag: saved.etag });
  },
};

const patch: Route = {
  method: 'patch',
  path: '/api/conversations/{conversationId}',
  summary: 'Update the shared record: phases reached, shared notes, date, state',
  tag: TAG,
  params: ConversationParams,
  body: ConversationPatchBody,
  ifMatch: 'required',
  responses: [
    { status: 200, description: 'The record after the change.', schema: Conversation, etag: true },
    P.badRequest,
    P.forbidden,
    P.notFound,
    P.preconditionFailed,
    P.preconditionRequired,
  ],
  async handle(c, services) {
    const { conversationId } = readParams(c, ConversationParams);
    const changes = await readBody(c, ConversationPatchBody);
    const expectedEtag = requireIfMatch(c.req.header('if-match'));
    const { stored, resolved } = await readableRecord(services, conversationId, true);
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'conversation.write',
      subjectId: stored.value.reportId,
      resolved,
      record: conversationFacts(resolved, stored.value),
      hideRecord: true,
    });
    const saved = await holding(services, caller, stored.value.reportId, grant, (mayClose) =>
      updateConversation(services.ctx, { id: conversationId, changes, expectedEtag }, mayClose),
    );
    return respond(c, Conversation, body(saved), { etag: saved.etag });
  },
};

export const CONVERSATION_ROUTES: Route[] = [list, create, read, patch];
