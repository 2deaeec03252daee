import type { ConversationRecord } from '../../adapters/career-api/career-api-client';
import type { ConversationKind } from '../../domain';

function when(record: ConversationRecord): string {
  return record.event?.start ?? record.heldAt ?? '';
}

/**
 * The conversation the manager's journey is about right now: of the kind asked for (quarterly
 * by default), not cancelled, and not yet followed through (booked, or held with the summary
 * still to send). The latest such one wins; undefined means it is time to book.
 */
export function currentConversation(
  items: readonly ConversationRecord[],
  kind: ConversationKind = 'full',
): ConversationRecord | undefined {
  const open = items.filter(
    (c) =>
      c.kind === kind &&
      (c.state === 'booked' || (c.state === 'held' && c.summarySentAt === undefined)),
  );
  // Next quarter's occurrence of a series, recorded once it was held, waits its turn: the held
  // one stays current until its summary is sent.
  const following = new Set(
    open.flatMap((c) => (c.state === 'held' && c.event?.seriesId ? [c.event.seriesId] : [])),
  );
  const current = open.filter(
    (c) =>
      c.state !== 'booked' || c.event?.seriesId === undefined || !following.has(c.event.seriesId),
  );
  return current.reduce<ConversationRecord | undefined>(
    (latest, c) => (latest === undefined || when(c) > when(latest) ? c : latest),
    undefined,
  );
}

/** The most recent held conversation of any kind, for "since we last spoke". */
export function lastHeldConversation(
  items: readonly ConversationRecord[],
): ConversationRecord | undefined {
  return items
    .filter((c) => c.state === 'held')
    .reduce<ConversationRecord | undefined>(
      (latest, c) => (latest === undefined || when(c) > when(latest) ? c : latest),
      undefined,
    );
}
