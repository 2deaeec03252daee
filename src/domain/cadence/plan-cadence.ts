import type { ConversationRecord, ReportHistory } from '../model/conversation';
import type { ConversationKind } from '../playbook/ids';
import { epochMillisOf, parseDate, parseInstant } from '../time/parse';
import { Temporal } from '../time/temporal';
import type { TimeZoneId } from '../time/values';
import type { DateWording } from '../time/wording';
import {
  CATCH_UP_DAYS,
  CONVERSATION_MINUTES,
  DUE_SOON_DAYS,
  FULL_INTERVAL_MONTHS,
  isLeavingSignal,
  REVIEW_INTERVAL_MONTHS,
  SATISFIED_BY,
  TRANSITION_FLAG_DUE_DAYS,
  TRANSITION_INTERVAL_WEEKS,
  TRIGGER_DUE_DAYS,
} from './cadence-rules';
import type {
  BookedConversation,
  CadencePlan,
  CadenceReason,
  CadenceReasonCode,
  CadenceStatus,
  DueConversation,
} from './cadence-types';
import { describeDue } from './cadence-wording';

/** What a rule says before "today" and bookings are applied. */
interface Rule {
  kind: ConversationKind;
  date: Temporal.PlainDate;
  reason: CadenceReason;
}

interface Booking {
  id: string;
  kind: ConversationKind;
  start: Temporal.Instant;
  date: Temporal.PlainDate;
}

/** Most serious first: breaks ties between conversations due on the same day. */
const PRIORITY: Record<CadenceReasonCode, number> = {
  'leaving-signal': 0,
  trigger: 1,
  transition: 2,
  'first-conversation': 3,
  quarterly: 4,
  'monthly-review': 5,
};

const earlier = (a: Temporal.PlainDate, b: Temporal.PlainDate): Temporal.PlainDate =>
  Temporal.PlainDate.compare(a, b) <= 0 ? a : b;
const later = (a: Temporal.PlainDate, b: Temporal.PlainDate): Temporal.PlainDate =>
  Temporal.PlainDate.compare(a, b) >= 0 ? a : b;

// Stored records are parsed at the edge; one that still does not parse is left out, not fatal.

function latest(dates: readonly Temporal.PlainDate[]): Temporal.PlainDate | undefined {
  return dates.reduce<Temporal.PlainDate | undefined>(
    (best, date) => (best ? later(best, date) : date),
    undefined,
  );
}

/**
 * The date of the latest held conversation of these kinds. The latest is picked by epoch
 * milliseconds (a cheap native parse) and only the winner goes through Temporal: a team overview
 * plans cadence for every report on every load.
 */
function lastHeldDate(
  conversations: readonly ConversationRecord[],
  kinds: readonly ConversationKind[],
  zone: TimeZoneId,
): Temporal.PlainDate | undefined {
  const held = conversations.flatMap((c) => {
    const value =
      c.state === 'held' && kinds.includes(c.kind) ? (c.heldAt ?? c.event?.start) : undefined;
    const ms = epochMillisOf(value);
    return Number.isNaN(ms) ? [] : [{ value, ms }];
  });
  held.sort((x, y) => y.ms - x.ms);
  for (const { value } of held) {
    const at = parseInstant(value);
    if (at) return at.toZonedDateTimeISO(zone).toPlainDate();
  }
  return undefined;
}

/** The quarterly conversation, brought forward by a transition point when one is flagged. */
function fullConversationRule(
  history: ReportHistory,
  today: Temporal.PlainDate,
  zone: TimeZoneId,
): Rule {
  const seen = lastHeldDate(history.conversations, ['full'], zone);
  // A conversation held with an earlier manager still counts: the quarter runs from it, so a
  // hand-over shows how long it has really been rather than a fresh "first conversation".
  const beforeYou = seen ? undefined : parseDate(history.earlier?.lastFullHeldOn);
  const lastHeld = seen ?? beforeYou;
  if (!lastHeld) return { kind: 'full', date: today, reason: { code: 'first-conversation' } };
  let rule: Rule = {
    kind: 'full',
    date: lastHeld.add({ months: FULL_INTERVAL_MONTHS }),
    reason: {
      code: 'quarterly',
      lastHeld: lastHeld.toString(),
      ...(beforeYou ? { beforeYou: true as const } : {}),
    },
  };
  for (const flag of history.transitions) {
    const since = parseDate(flag.since);
    if (!since) continue;
    let date = lastHeld.add({ weeks: TRANSITION_INTERVAL_WEEKS });
    if (Temporal.PlainDate.compare(since, lastHeld) > 0) {
      date = earlier(date, since.add({ days: TRANSITION_FLAG_DUE_DAYS }));
    }
    // On the same day as the quarterly date, the transition is the more useful reason to give.
    if (Temporal.PlainDate.compare(date, rule.date) <= 0) {
      rule = {
        kind: 'full',
        date,
        reason: {
          code: 'transition',
          transition: flag.transition,
          since: since.toString(),
          lastHeld: lastHeld.toString(),
        },
      };
    }
  }
  return rule;
}

/** The monthly contract review, only once a contract exists. */
function reviewRule(history: ReportHistory, zone: TimeZoneId): Rule | undefined {
  const contract = history.contract;
  if (!contract || contract.versions.length === 0) return undefined;
  const agreed = contract.versions.flatMap((version) => {
    const at = parseInstant(version.agreedAt);
    return at ? [at.toZonedDateTimeISO(zone).toPlainDate()] : [];
  });
  const lastConversation = lastHeldDate(history.conversations, ['review', 'full'], zone);
  const last = latest(lastConversation ? [lastConversation, ...agreed] : agreed);
  if (!last) return undefined;
  return {
    kind: 'review',
    date: last.add({ months: REVIEW_INTERVAL_MONTHS }),
    reason: { code: 'monthly-review', lastReviewed: last.toString() },
  };
}

function triggerRules(history: ReportHistory, zone: TimeZoneId): Rule[] {
  return history.triggers.flatMap((log): Rule[] => {
    const loggedAt = parseInstant(log.loggedAt);
    if (log.closedAt !== undefined || !loggedAt) return [];
    const logged = loggedAt.toZonedDateTimeISO(zone).toPlainDate();
    const common = { triggerLogId: log.id, loggedAt: log.loggedAt };
    return isLeavingSignal(log.trigger)
      ? [
          {
            kind: 'ad-hoc',
            date: logged,
            reason: { code: 'leaving-signal', trigger: log.trigger, ...common },
          },
        ]
      : [
          {
            kind: 'ad-hoc',
            date: logged.add({ days: TRIGGER_DUE_DAYS }),
            reason: { code: 'trigger', trigger: log.trigger, ...common },
          },
        ];
  });
}

/** Booked conversations not yet over, earliest first. */
function upcomingBookings(
  history: ReportHistory,
  now: Temporal.Instant,
  zone: TimeZoneId,
): Booking[] {
  return history.conversations
    .flatMap((c): Booking[] => {
      const start = parseInstant(c.event?.start);
      const end = parseInstant(c.event?.end);
      if (c.state !== 'booked' || !start || !end || Temporal.Instant.compare(end, now) <= 0) {
        return [];
      }
      return [
        { id: c.id, kind: c.kind, start, date: start.toZonedDateTimeISO(zone).toPlainDate() },
      ];
    })
    .sort((a, b) => Temporal.Instant.compare(a.start, b.start));
}

function catchUpDays(code: CadenceReasonCode): number {
  if (code === 'leaving-signal') return CATCH_UP_DAYS['leaving-signal'];
  return code === 'trigger' ? CATCH_UP_DAYS.trigger : CATCH_UP_DAYS.other;
}

function toDue(
  rule: Rule,
  today: Temporal.PlainDate,
  zone: TimeZoneId,
  bookings: readonly Booking[],
  wording: DateWording | undefined,
): DueConversation {
  const alreadyDue = Temporal.PlainDate.compare(rule.date, today) <= 0;
  // "Immediately": a leaving signal is due today, whenever it was logged.
  const dueBy = rule.reason.code === 'leaving-signal' ? today : later(rule.date, today);
  const overdueSince = Temporal.PlainDate.compare(rule.date, today) < 0 ? rule.date : undefined;
  const deadline = alreadyDue
    ? later(dueBy, today.add({ days: catchUpDays(rule.reason.code) }))
    : dueBy;
  const match = bookings.find(
    (b) =>
      SATISFIED_BY[rule.kind].includes(b.kind) && Temporal.PlainDate.compare(b.date, deadline) <= 0,
  );
  const booked: BookedConversation | undefined = match
    ? { conversationId: match.id, start: match.start.toString({ smallestUnit: 'second' }) }
    : undefined;
  const message = describeDue(rule.reason, {
    today,
    zone,
    dueBy,
    overdueSince,
    booked,
    ...(wording ? { wording } : {}),
  });
  return {
    kind: rule.kind,
    dueBy: dueBy.toString(),
    ...(overdueSince ? { overdueSince: overdueSince.toString() } : {}),
    minutes: { ...CONVERSATION_MINUTES[rule.kind] },
    reason: rule.reason,
    message,
    ...(booked ? { booked } : {}),
  };
}

function compareDue(a: DueConversation, b: DueConversation): number {
  return (
    Number(a.booked !== undefined) - Number(b.booked !== undefined) ||
    Temporal.PlainDate.compare(a.dueBy, b.dueBy) ||
    PRIORITY[a.reason.code] - PRIORITY[b.reason.code]
  );
}

function statusOf(due: readonly DueConversation[], today: Temporal.PlainDate): CadenceStatus {
  const open = due.filter((d) => !d.booked);
  if (open.some((d) => d.overdueSince !== undefined)) return 'overdue';
  const soon = today.add({ days: DUE_SOON_DAYS });
  return open.some((d) => Temporal.PlainDate.compare(d.dueBy, soon) <= 0) ? 'due-soon' : 'on-track';
}

/**
 * What career conversations a report is due, from their history, read in the manager's zone
 * (`zone` must be a valid IANA zone: it is checked where it enters the system). A full
 * conversation is always among them; the monthly review is left out when the full conversation
 * comes first, because the full conversation updates the contract anyway.
 */
export function planCadence(
  history: ReportHistory,
  now: Temporal.Instant,
  zone: TimeZoneId,
  /** How the sentences word their dates: the host's on screen; en-GB when absent. */
  wording?: DateWording,
): CadencePlan {
  const today = now.toZonedDateTimeISO(zone).toPlainDate();
  const bookings = upcomingBookings(history, now, zone);
  const full = toDue(fullConversationRule(history, today, zone), today, zone, bookings, wording);
  const review = reviewRule(history, zone);
  const reviewDue = review ? toDue(review, today, zone, bookings, wording) : undefined;
  const keepReview =
    reviewDue !== undefined && Temporal.PlainDate.compare(reviewDue.dueBy, full.dueBy) < 0;
  const due = [
    full,
    ...(keepReview ? [reviewDue] : []),
    ...triggerRules(history, zone).map((rule) => toDue(rule, today, zone, bookings, wording)),
  ].sort(compareDue);
  const [next = full, ...alsoDue] = due;
  return {
    status: statusOf(due, today),
    next,
    alsoDue,
    ...(next.booked ? { booked: next.booked } : {}),
  };
}
