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
import { CONVERSATION_ENDPOINTS as E } from '../../app/api-schemas/conversation-endpoints';
import { withHttpEtag } from '../http/etag';
import { fail } from '../http/problem';
import type { Caller } from '../auth/caller';
import type { Grant } from '../access/guard';
import { listAnswer } from './helpers';
import { handle, type Route, type Services } from './route';

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

const list = handle(E.conversations, async (request, services) => {
  const stored = await services.ctx.stores.conversations.listForReport(request.params.personId);
  return listAnswer(services, request, 'conversation.read', stored, conversationFacts, body);
});

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

const read = handle(E.conversation, async ({ params, authorize }, services) => {
  const { stored, resolved } = await readableRecord(services, params.conversationId);
  const grant = await authorize({
    subject: { subjectId: stored.value.reportId, resolved },
    record: conversationFacts(resolved, stored.value),
  });
  return grant.run(() => Promise.resolve({ body: body(stored), etag: stored.etag }));
});

const create = handle(E.recordConversation, async (request, services, c) => {
  const { caller, params, body: input, grant } = request;
  const { personId } = params;
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
  return { body: body(saved), etag: saved.etag };
});

const patch = handle(E.updateConversation, async (request, services) => {
  const { caller, params, body: changes, ifMatch, authorize } = request;
  const { conversationId } = params;
  const { stored, resolved } = await readableRecord(services, conversationId, true);
  const grant = await authorize({
    subject: { subjectId: stored.value.reportId, resolved },
    record: conversationFacts(resolved, stored.value),
  });
  const saved = await holding(services, caller, stored.value.reportId, grant, (mayClose) =>
    updateConversation(
      services.ctx,
      { id: conversationId, changes, expectedEtag: ifMatch },
      mayClose,
    ),
  );
  return { body: body(saved), etag: saved.etag };
});

export const CONVERSATION_ROUTES: Route[] = [list, create, read, patch];
