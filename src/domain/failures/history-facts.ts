import type { ContractVersion } from '../model/contract';
import type { ConversationRecord, ReportHistory } from '../model/conversation';
import { Temporal } from '../time/temporal';
import { toInstant } from '../time/values';

/** When a conversation happened or is to happen: heldAt, else the booked start. */
export function timeOf(conversation: ConversationRecord): Temporal.Instant | undefined {
  const at = conversation.heldAt ?? conversation.event?.start;
  return at === undefined ? undefined : toInstant(at);
}

const byTime = (a: ConversationRecord, b: ConversationRecord): number => {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta === undefined || tb === undefined) return ta === tb ? 0 : ta === undefined ? -1 : 1;
  return Temporal.Instant.compare(ta, tb);
};

/** Full (quarterly) career conversations, oldest first. */
export function fullConversations(history: ReportHistory): ConversationRecord[] {
  return history.conversations.filter((c) => c.kind === 'full').sort(byTime);
}

export function lastHeldFull(history: ReportHistory): ConversationRecord | undefined {
  return fullConversations(history)
    .filter((c) => c.state === 'held' && c.heldAt !== undefined)
    .at(-1);
}

/** Booked conversations of any kind still to come (not yet over), earliest first. */
export function upcomingConversations(
  history: ReportHistory,
  now: Temporal.Instant,
): ConversationRecord[] {
  return history.conversations
    .filter(
      (c) =>
        c.state === 'booked' &&
        c.event !== undefined &&
        Temporal.Instant.compare(toInstant(c.event.end), now) > 0,
    )
    .sort(byTime);
}

/**
 * The next full conversation still to come. A booking whose slot has ended without being marked
 * held does not count: it did not happen as far as the records know.
 */
export function upcomingFull(
  history: ReportHistory,
  now: Temporal.Instant,
): ConversationRecord | undefined {
  return fullConversations(history).find(
    (c) =>
      c.state === 'booked' &&
      c.event !== undefined &&
      Temporal.Instant.compare(toInstant(c.event.end), now) > 0,
  );
}

/** The contract version in force when the conversation started, if any. */
export function versionBefore(
  history: ReportHistory,
  conversation: ConversationRecord,
): ContractVersion | undefined {
  const at = timeOf(conversation);
  if (at === undefined) return undefined;
  return (history.contract?.versions ?? [])
    .filter(
      (v) =>
        v.conversationId !== conversation.id &&
        Temporal.Instant.compare(toInstant(v.agreedAt), at) < 0,
    )
    .at(-1);
}

export function versionsAgreedIn(
  history: ReportHistory,
  conversation: ConversationRecord,
): ContractVersion[] {
  return (history.contract?.versions ?? []).filter((v) => v.conversationId === conversation.id);
}
