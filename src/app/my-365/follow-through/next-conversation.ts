import {
  planCadence,
  Temporal,
  toIsoInstant,
  type ConversationRecord,
  type DateWording,
  type IsoDate,
  type ReportHistory,
  type TimeZoneId,
} from '../../../domain';

/** When a conversation happened (or is booked to): what "after it" is measured from. */
export function conversationTime(record: ConversationRecord): string | undefined {
  return record.heldAt ?? record.event?.start;
}

export interface NextConversationState {
  /** The date the next quarterly conversation is due by, in the manager's zone. */
  dueBy: IsoDate;
  /** The cadence's own sentence, e.g. "Last full conversation was today: next one due in 3 months". */
  message: string;
  /** A full conversation already booked after this one. */
  booked?: ConversationRecord;
}

/** The closing conversation counts as held for the cadence, even before it is marked so. */
function asHeld(record: ConversationRecord, now: Temporal.Instant): ConversationRecord {
  if (record.state === 'held') return record;
  return { ...record, state: 'held', heldAt: conversationTime(record) ?? toIsoInstant(now) };
}

/**
 * What "book the next career conversation" means after this one: the quarterly date the
 * cadence gives once this conversation is held, and the full conversation already booked after
 * it, if there is one (then there is nothing to book). Without a conversation to close (the
 * Outlook task pane), it is what the cadence says is due now, and a full conversation booked
 * ahead of now already is the next one.
 */
export function nextConversationState(
  history: ReportHistory,
  closing: ConversationRecord | undefined,
  now: Temporal.Instant,
  zone: TimeZoneId,
  /** The host's wording for the cadence's sentence; en-GB when absent. */
  dates?: DateWording,
): NextConversationState {
  const held = closing === undefined ? undefined : asHeld(closing, now);
  const after = Temporal.Instant.from((held && conversationTime(held)) ?? toIsoInstant(now));
  const booked = history.conversations
    .filter(
      (c) =>
        c.id !== closing?.id &&
        c.kind === 'full' &&
        c.state === 'booked' &&
        c.event !== undefined &&
        Temporal.Instant.compare(Temporal.Instant.from(c.event.start), after) > 0,
    )
    .sort((a, b) => (a.event?.start ?? '').localeCompare(b.event?.start ?? ''))[0];
  const plan = planCadence(
    held === undefined
      ? history
      : {
          ...history,
          conversations: history.conversations.filter((c) => c.id !== held.id).concat(held),
        },
    now,
    zone,
    dates,
  );
  const full = [plan.next, ...plan.alsoDue].find((due) => due.kind === 'full') ?? plan.next;
  return {
    dueBy: full.dueBy,
    message: full.message,
    ...(booked === undefined ? {} : { booked }),
  };
}
