import type { ConversationRecord } from '../../adapters/career-api/career-api-client';
import { Temporal, type TimeZoneId } from '../../domain';

/**
 * This month's review record, if the manager already started one: a 'review' conversation that
 * is booked, or was held today or later (the review is recorded as it happens; "later" covers a
 * server clock ahead of this browser's). Older held reviews are history, not this review.
 */
export function ongoingReview(
  items: readonly ConversationRecord[],
  now: Temporal.Instant,
  zone: TimeZoneId,
): ConversationRecord | undefined {
  const today = now.toZonedDateTimeISO(zone).toPlainDate();
  const ongoing = items.filter((c) => {
    if (c.kind !== 'review') return false;
    if (c.state === 'booked') return true;
    if (c.state !== 'held' || c.heldAt === undefined) return false;
    const held = Temporal.Instant.from(c.heldAt).toZonedDateTimeISO(zone).toPlainDate();
    return Temporal.PlainDate.compare(held, today) >= 0;
  });
  const at = (c: ConversationRecord) => c.heldAt ?? c.event?.start ?? '';
  return ongoing.reduce<ConversationRecord | undefined>(
    (latest, c) => (latest === undefined || at(c) > at(latest) ? c : latest),
    undefined,
  );
}

/** The last held review before this one, for "since we last spoke". */
export function previousReview(
  items: readonly ConversationRecord[],
  current: ConversationRecord | undefined,
): ConversationRecord | undefined {
  return items
    .filter((c) => c.kind === 'review' && c.state === 'held' && c.id !== current?.id)
    .reduce<ConversationRecord | undefined>(
      (latest, c) =>
        latest === undefined || (c.heldAt ?? '') > (latest.heldAt ?? '') ? c : latest,
      undefined,
    );
}
