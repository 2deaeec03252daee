import { currentVersion } from '../contract/versioning';
import { firstNameOf } from '../messages/address-person';
import type { ConversationRecord, ReportHistory } from '../model/conversation';
import type { Person } from '../model/person';
import { wordingIn } from '../time/wording';
import { Temporal } from '../time/temporal';
import { dateIn, type TimeZoneId } from '../time/values';
import type { Nudge, PendingHistoryRequest } from './nudge-types';

/** The playbook's deadline for the written summary. */
export const SUMMARY_DUE_HOURS = 48;
/** The summary nudges go out when this many hours are left: a day ahead, and on the day. */
export const SUMMARY_NUDGE_HOURS = [24, 4] as const;
/** "A trigger logged without a conversation after a week". */
export const TRIGGER_WAIT_DAYS = 7;
/** A new contract version is news for this long; after that the report has seen it or will. */
export const NEW_VERSION_DAYS = 7;
/** A request to share history is news for this long; the report's tab shows it until answered. */
export const HISTORY_REQUEST_DAYS = 7;

/** A nudge before the day and the one-per-day rule apply; lower `rank` goes first. */
export interface Occasion extends Omit<Nudge, 'day'> {
  rank: number;
}

export interface OccasionContext {
  now: Temporal.Instant;
  /** The manager as the directory has them; absent when unknown (wording falls back). */
  manager: Person | undefined;
  managerZone: TimeZoneId;
  reportZone: TimeZoneId;
  /** Unanswered requests to share history made to this report (by anyone; the rule checks). */
  historyRequests: readonly PendingHistoryRequest[];
}

const hoursLeft = (until: Temporal.Instant, now: Temporal.Instant): number =>
  now.until(until).total({ unit: 'hours' });
const hoursSince = (then: Temporal.Instant, now: Temporal.Instant): number => -hoursLeft(then, now);

/** Held conversations whose summary is not sent, at the 24 h and the 4 h mark before it is due. */
function summaryDue(history: ReportHistory, ctx: OccasionContext): Occasion[] {
  const person = firstNameOf(history.report);
  return history.conversations.flatMap((conversation) => {
    if (conversation.state !== 'held' || !conversation.heldAt || conversation.summarySentAt) {
      return [];
    }
    if (conversation.kind !== 'full' && conversation.kind !== 'ad-hoc') return [];
    const due = Temporal.Instant.from(conversation.heldAt).add({ hours: SUMMARY_DUE_HOURS });
    const left = hoursLeft(due, ctx.now);
    // The tightest mark reached: 4 h once fewer than 4 hours are left, else 24 h.
    const mark = [...SUMMARY_NUDGE_HOURS].reverse().find((hours) => left > 0 && left <= hours);
    if (mark === undefined) return [];
    const when = `in ${String(Math.max(1, Math.ceil(left)))} hours`;
    return [
      {
        kind: 'summaryDue',
        recipientId: history.managerId,
        key: `summaryDue:${conversation.id}:${String(mark)}h`,
        parameters: { person, when },
        preview: `The written summary for ${person} is due ${when}. Send it from the close step.`,
        screen: { screen: 'close', reportId: history.report.id },
        rank: mark === 4 ? 0 : 2,
      },
    ];
  });
}

/** The manager's own open commitments due tomorrow, or already past their date. */
function commitmentDue(history: ReportHistory, ctx: OccasionContext): Occasion[] {
  if (!history.contract) return [];
  const person = firstNameOf(history.report);
  const today = dateIn(ctx.now, ctx.managerZone);
  const tomorrow = today.add({ days: 1 });
  const contractId = history.contract.id;
  return currentVersion(history.contract).commitments.flatMap((commitment): Occasion[] => {
    if (commitment.party !== 'manager' || commitment.status !== 'open') return [];
    const due = Temporal.PlainDate.from(commitment.due);
    const overdue = Temporal.PlainDate.compare(due, today) < 0;
    if (!overdue && !due.equals(tomorrow)) return [];
    const when = overdue ? `was due ${wordingIn(ctx.managerZone).day(due)}` : 'is due tomorrow';
    return [
      {
        kind: 'commitmentDue',
        recipientId: history.managerId,
        key: `commitmentDue:${contractId}:${commitment.id}:${overdue ? 'overdue' : 'tomorrow'}`,
        parameters: { person, when },
        preview: `Your commitment to ${person} ${when}. Mark it done, or re-date it with a reason.`,
        screen: { screen: 'contract', reportId: history.report.id },
        rank: overdue ? 1 : 4,
      },
    ];
  });
}

const heldIn = (
  conversation: ConversationRecord,
  zone: TimeZoneId,
): Temporal.PlainDate | undefined =>
  conversation.state === 'held' && conversation.heldAt
    ? dateIn(Temporal.Instant.from(conversation.heldAt), zone)
    : undefined;

/** An agreed review month has come and nothing reviewed the contract in it yet. */
function reviewDue(history: ReportHistory, ctx: OccasionContext): Occasion[] {
  if (!history.contract) return [];
  const today = dateIn(ctx.now, ctx.managerZone);
  const month = today.toPlainYearMonth().toString();
  const agreed = currentVersion(history.contract).reviews.some((review) => review.month === month);
  if (!agreed) return [];
  const reviewed = history.conversations.some((conversation) => {
    const day = heldIn(conversation, ctx.managerZone);
    return (
      day !== undefined &&
      (conversation.kind === 'review' || conversation.kind === 'full') &&
      day.toPlainYearMonth().toString() === month
    );
  });
  if (reviewed) return [];
  const person = firstNameOf(history.report);
  return [
    {
      kind: 'reviewDue',
      recipientId: history.managerId,
      key: `reviewDue:${history.contract.id}:${month}`,
      parameters: { person, when: 'this month' },
      preview: `The monthly review of ${person}'s development contract is due this month.`,
      screen: { screen: 'review', reportId: history.report.id },
      rank: 5,
    },
  ];
}

/**
 * A trigger logged a week ago or more with no conversation since. The nudge never says which
 * trigger: one of them is a signal that someone may leave, and that must not travel in a
 * notification (the leave question never becomes data).
 */
function triggerWaiting(history: ReportHistory, ctx: OccasionContext): Occasion[] {
  const person = firstNameOf(history.report);
  return history.triggers.flatMap((log): Occasion[] => {
    if (log.closedAt) return [];
    const logged = Temporal.Instant.from(log.loggedAt);
    if (hoursSince(logged, ctx.now) < TRIGGER_WAIT_DAYS * 24) return [];
    const talkedSince = history.conversations.some((conversation) => {
      if (conversation.state === 'cancelled') return false;
      const start = conversation.heldAt ?? conversation.event?.start;
      return (
        start !== undefined && Temporal.Instant.compare(Temporal.Instant.from(start), logged) > 0
      );
    });
    if (talkedSince) return [];
    return [
      {
        kind: 'triggerWaiting',
        recipientId: history.managerId,
        key: `triggerWaiting:${log.id}`,
        parameters: { person, when: 'a week ago' },
        preview: `A week ago you noted a reason to talk with ${person}, and no conversation has happened since.`,
        screen: { screen: 'triggers', reportId: history.report.id },
        rank: 3,
      },
    ];
  });
}

const managerName = (ctx: OccasionContext): string =>
  ctx.manager ? firstNameOf(ctx.manager) : 'Your manager';

/** The reflection prompt has reached the report and the conversation is still ahead. */
function reflectionPrompt(history: ReportHistory, ctx: OccasionContext): Occasion[] {
  const manager = managerName(ctx);
  return history.conversations.flatMap((conversation): Occasion[] => {
    const { prompt, event } = conversation;
    if (conversation.state !== 'booked' || !prompt || !event) return [];
    const delivered =
      Temporal.Instant.compare(Temporal.Instant.from(prompt.deliverAt), ctx.now) <= 0;
    const ahead = Temporal.Instant.compare(Temporal.Instant.from(event.start), ctx.now) > 0;
    if (!delivered || !ahead) return [];
    const when = wordingIn(ctx.reportZone).day(
      dateIn(Temporal.Instant.from(event.start), ctx.reportZone),
    );
    return [
      {
        kind: 'reflectionPrompt',
        recipientId: history.report.id,
        key: `reflectionPrompt:${conversation.id}`,
        parameters: { person: manager, when },
        preview: `${manager} sent you a few questions to think about before your conversation on ${when}.`,
        screen: { screen: 'my-development' },
        rank: 0,
      },
    ];
  });
}

/** A contract version agreed in the last week, for the report to read. */
function contractVersion(history: ReportHistory, ctx: OccasionContext): Occasion[] {
  if (!history.contract) return [];
  const version = currentVersion(history.contract);
  const age = hoursSince(Temporal.Instant.from(version.agreedAt), ctx.now);
  if (age < 0 || age > NEW_VERSION_DAYS * 24) return [];
  const manager = managerName(ctx);
  return [
    {
      kind: 'contractVersion',
      recipientId: history.report.id,
      key: `contractVersion:${history.contract.id}:${String(version.version)}`,
      parameters: { person: manager, when: `version ${String(version.version)}` },
      preview: `Your development contract with ${manager} has a new version to read (version ${String(version.version)}).`,
      screen: { screen: 'my-development' },
      rank: 1,
    },
  ];
}

/**
 * The report's current manager asked them to share their earlier history. The nudge says only
 * that: who asked and when, never what there is to share nor who the earlier managers were. A
 * request from anyone who is not their manager now cannot be answered, so it is not nudged.
 */
function historyRequest(history: ReportHistory, ctx: OccasionContext): Occasion[] {
  const manager = managerName(ctx);
  return ctx.historyRequests.flatMap((request): Occasion[] => {
    if (request.reportId !== history.report.id || request.managerId !== history.managerId) {
      return [];
    }
    const asked = Temporal.Instant.from(request.askedAt);
    const age = hoursSince(asked, ctx.now);
    if (age < 0 || age > HISTORY_REQUEST_DAYS * 24) return [];
    return [
      {
        kind: 'historyRequest',
        recipientId: history.report.id,
        key: `historyRequest:${request.id}`,
        parameters: {
          person: manager,
          when: wordingIn(ctx.reportZone).day(dateIn(asked, ctx.reportZone)),
        },
        preview: `${manager} asked whether you would share your earlier history with them. It is your choice: answer in My development.`,
        screen: { screen: 'my-development' },
        rank: 2,
      },
    ];
  });
}

/** Every reminder one report's records call for right now, before preferences and dedupe. */
export function occasionsFor(history: ReportHistory, ctx: OccasionContext): Occasion[] {
  return [
    summaryDue,
    commitmentDue,
    reviewDue,
    triggerWaiting,
    reflectionPrompt,
    contractVersion,
    historyRequest,
  ].flatMap((rule) => rule(history, ctx));
}
