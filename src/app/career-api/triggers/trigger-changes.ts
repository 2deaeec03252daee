import {
  toIsoInstant,
  type ConversationRecord,
  type TriggerId,
  type TriggerLog,
} from '../../../domain';
import { isPortError, PortError, type Versioned } from '../../ports';
import type { UseCaseContext } from '../context';

/** Logs one of the playbook's six triggers. A category, never free text about the person. */
export async function logTrigger(
  ctx: UseCaseContext,
  input: { reportId: string; trigger: TriggerId },
): Promise<Versioned<TriggerLog>> {
  const log: TriggerLog = {
    id: ctx.newId(),
    trigger: input.trigger,
    loggedAt: toIsoInstant(ctx.clock.now()),
  };
  return ctx.stores.triggers.create(input.reportId, log);
}

/** Closes an open trigger because the conversation it called for took place. */
export async function closeTrigger(
  ctx: UseCaseContext,
  input: { reportId: string; logId: string; conversationId: string; expectedEtag: string },
): Promise<Versioned<TriggerLog>> {
  const logs = await ctx.stores.triggers.listForReport(input.reportId);
  const stored = logs.find((l) => l.value.id === input.logId);
  if (!stored) throw new PortError('not-found', 'This trigger is not on record.');
  if (stored.etag !== input.expectedEtag) {
    throw new PortError('conflict', 'Someone changed this trigger since you loaded it.');
  }
  const conversation = await ctx.stores.conversations.get(input.conversationId);
  if (conversation?.value.reportId !== input.reportId || conversation.value.state !== 'held') {
    throw new PortError(
      'invalid',
      'Close a trigger with a conversation with the same person that has taken place.',
    );
  }
  if (stored.value.closedAt !== undefined) return stored;
  return ctx.stores.triggers.update(
    input.reportId,
    {
      ...stored.value,
      closedAt: toIsoInstant(ctx.clock.now()),
      closedByConversationId: input.conversationId,
    },
    stored.etag,
  );
}

/** Whether the person recording a conversation may close this trigger log (the access rules). */
export type MayCloseTrigger = (log: TriggerLog) => boolean;

/**
 * When an ad hoc conversation is held, the open logs of its trigger that the caller may close are
 * closed by it; another manager's log (history, read-only) stays as it was. A log that changed
 * concurrently is left open rather than overwritten; the manager can close it by hand. Returns
 * the logs it closed.
 */
export async function closeTriggersFor(
  ctx: UseCaseContext,
  conversation: ConversationRecord,
  mayClose: MayCloseTrigger,
): Promise<TriggerLog[]> {
  if (conversation.kind !== 'ad-hoc' || conversation.trigger === undefined) return [];
  const logs = await ctx.stores.triggers.listForReport(conversation.reportId);
  const closedAt = conversation.heldAt ?? toIsoInstant(ctx.clock.now());
  const closed: TriggerLog[] = [];
  for (const log of logs) {
    if (log.value.trigger !== conversation.trigger || log.value.closedAt !== undefined) continue;
    if (!mayClose(log.value)) continue;
    try {
      const saved = await ctx.stores.triggers.update(
        conversation.reportId,
        { ...log.value, closedAt, closedByConversationId: conversation.id },
        log.etag,
      );
      closed.push(saved.value);
    } catch (error) {
      if (!isPortError(error, 'conflict')) throw error;
    }
  }
  return closed;
}
