import { currentVersion } from '../contract/versioning';
import type { Commitment } from '../model/contract';
import type { ConversationRecord } from '../model/conversation';
import { Temporal } from '../time/temporal';
import { dateIn, isValidIsoDate, toDate, toInstant, toIsoInstant } from '../time/values';
import { wordsOf, type EvidenceContext, type ItemFinding } from './checklist-state';
import { plural } from './evidence-before-during';

const SUMMARY_HOURS = 48;
/** "Immediately after the conversation. Not soon - immediately." A working day is the grace. */
const CALENDAR_HOURS = 24;
const TIME_SENSITIVE_DAYS = 7;

const isPast = (ctx: EvidenceContext, due: Temporal.Instant): boolean =>
  Temporal.Instant.compare(ctx.now, due) > 0;

const heldAt = (ctx: EvidenceContext): Temporal.Instant | undefined =>
  ctx.conversation.heldAt === undefined ? undefined : toInstant(ctx.conversation.heldAt);

export function findSummarySent(ctx: EvidenceContext): ItemFinding {
  const held = heldAt(ctx);
  if (held === undefined) {
    return { ticked: false, hint: 'Due within 48 hours of the conversation.' };
  }
  const due = held.add({ hours: SUMMARY_HOURS });
  const dueBy = toIsoInstant(due);
  const sentAt = ctx.conversation.summarySentAt;
  if (sentAt === undefined) {
    const overdue = isPast(ctx, due);
    return {
      ticked: false,
      dueBy,
      overdue,
      hint: overdue
        ? `Not sent yet: it was due by ${wordsOf(ctx).dayTime(dueBy)}.`
        : `Send the written summary by ${wordsOf(ctx).dayTime(dueBy)}.`,
    };
  }
  const hours = Math.round(held.until(toInstant(sentAt)).total('hours'));
  if (Temporal.Instant.compare(toInstant(sentAt), due) > 0) {
    return {
      ticked: false,
      dueBy,
      overdue: false,
      hint: `Summary sent ${wordsOf(ctx).dayTime(sentAt)}, ${hours} hours after the conversation: aim for 48 hours next time.`,
    };
  }
  const after =
    hours < 1 ? 'within the hour' : `${hours} ${plural(hours, 'hour')} after the conversation`;
  return {
    ticked: true,
    dueBy,
    evidence: `Summary sent ${wordsOf(ctx).dayTime(sentAt)}, ${after}`,
  };
}

export function findOwnCommitmentsScheduled(ctx: EvidenceContext): ItemFinding {
  const held = heldAt(ctx);
  const due = held?.add({ hours: CALENDAR_HOURS });
  const dueBy = due === undefined ? undefined : toIsoInstant(due);
  const agreed = ctx.agreedHere;
  if (agreed === undefined || ctx.contract === undefined) {
    return {
      ticked: false,
      hint: 'Agree the contract first, then put your own commitments in your calendar.',
    };
  }
  // Scheduling and completion are recorded on the version in force, so read each commitment's
  // latest state there.
  const latest = new Map(currentVersion(ctx.contract).commitments.map((c) => [c.id, c]));
  const mine = agreed.commitments
    .filter((c) => c.party === 'manager')
    .map((c): Commitment => latest.get(c.id) ?? c);
  const open = mine.filter((c) => c.status === 'open');
  const missing = open.filter((c) => c.scheduled === undefined);
  if (mine.length === 0) {
    return { ticked: false, hint: 'The contract agreed here has no commitments of yours.' };
  }
  if (missing.length === 0) {
    return {
      ticked: true,
      ...(dueBy === undefined ? {} : { dueBy }),
      evidence:
        open.length === 0
          ? 'Your commitments from this contract are all done or dropped'
          : `${open.length === 1 ? 'Your open commitment is' : `All ${open.length} of your open commitments are`} in your calendar or To Do`,
    };
  }
  const names = missing.map((c) => `“${c.action}”`).join(', ');
  return {
    ticked: false,
    hint: `${missing.length} of your ${open.length} open ${plural(open.length, 'commitment')} ${missing.length === 1 ? 'is' : 'are'} not in your calendar yet: ${names}`,
    ...(due === undefined || dueBy === undefined ? {} : { dueBy, overdue: isPast(ctx, due) }),
  };
}

const timeOf = (c: ConversationRecord): Temporal.Instant | undefined =>
  c.heldAt !== undefined
    ? toInstant(c.heldAt)
    : c.event === undefined
      ? undefined
      : toInstant(c.event.start);

export function findNextBooked(ctx: EvidenceContext): ItemFinding {
  const after = ctx.at ?? ctx.now;
  const next = ctx.history.conversations
    .filter((c) => c.id !== ctx.conversation.id && c.kind === 'full' && c.state !== 'cancelled')
    .map((c) => ({ c, at: timeOf(c) }))
    .filter((x): x is { c: ConversationRecord; at: Temporal.Instant } => x.at !== undefined)
    .filter((x) => Temporal.Instant.compare(x.at, after) > 0)
    .sort((a, b) => Temporal.Instant.compare(a.at, b.at))[0];
  if (next === undefined) {
    return { ticked: false, hint: 'Book the next career conversation: at least once a quarter.' };
  }
  const verb = next.c.state === 'held' ? 'held' : 'booked for';
  return {
    ticked: true,
    evidence: `Next career conversation ${verb} ${wordsOf(ctx).dayTime(toIsoInstant(next.at))}`,
  };
}

/** "Done anything time-sensitive within the week": your commitments due within 7 days are done. */
export function findTimeSensitiveDone(ctx: EvidenceContext): ItemFinding {
  const held = heldAt(ctx);
  if (held === undefined) {
    return { ticked: false, hint: 'Applies in the week after the conversation.' };
  }
  const due = held.add({ hours: 24 * TIME_SENSITIVE_DAYS });
  const dueBy = toIsoInstant(due);
  if (ctx.agreedHere === undefined || ctx.contract === undefined) {
    return {
      ticked: false,
      dueBy,
      hint: 'Agree the contract first: it says what is time-sensitive.',
    };
  }
  const lastDay = dateIn(due, ctx.zone);
  const latest = new Map(currentVersion(ctx.contract).commitments.map((c) => [c.id, c]));
  const thisWeek = ctx.agreedHere.commitments
    .filter((c) => c.party === 'manager')
    .map((c): Commitment => latest.get(c.id) ?? c)
    .filter(
      (c) =>
        c.status !== 'dropped' &&
        isValidIsoDate(c.due) &&
        Temporal.PlainDate.compare(toDate(c.due), lastDay) <= 0,
    );
  const notDone = thisWeek.filter((c) => c.status === 'open');
  if (thisWeek.length === 0) {
    return { ticked: true, dueBy, evidence: 'None of your commitments was due within the week' };
  }
  if (notDone.length === 0) {
    return {
      ticked: true,
      dueBy,
      evidence: `${thisWeek.length === 1 ? 'Your commitment' : `All ${thisWeek.length} of your commitments`} due within the week ${thisWeek.length === 1 ? 'is' : 'are'} done`,
    };
  }
  return {
    ticked: false,
    dueBy,
    overdue: isPast(ctx, due),
    hint: `Still to do this week: ${notDone.map((c) => `“${c.action}” (due ${wordsOf(ctx).day(c.due)})`).join(', ')}`,
  };
}

function noEarlierContract(ctx: EvidenceContext): ItemFinding {
  const previousAt = ctx.previous?.heldAt;
  return {
    ticked: false,
    hint:
      previousAt === undefined
        ? 'This applies from the next career conversation, once there is a contract to review.'
        : `No contract was agreed after the conversation on ${wordsOf(ctx).dayTime(previousAt)}, so there is nothing to review yet.`,
  };
}

export function findOwnCommitmentsChecked(ctx: EvidenceContext): ItemFinding {
  const earlier = ctx.earlier;
  if (earlier === undefined || ctx.contract === undefined) return noEarlierContract(ctx);
  if (ctx.conversation.previousCommitmentsReviewedAt === undefined) {
    return {
      ticked: false,
      hint: 'Start with your own commitments: what you did and what you did not do.',
    };
  }
  const latest = new Map(currentVersion(ctx.contract).commitments.map((c) => [c.id, c]));
  const mine = earlier.commitments
    .filter((c) => c.party === 'manager' && c.status !== 'dropped')
    .map((c) => latest.get(c.id) ?? c);
  const done = mine.filter((c) => c.status === 'done').length;
  return {
    ticked: true,
    evidence: `Checked your ${mine.length} ${plural(mine.length, 'commitment')} from version ${earlier.version} first: ${done} done, ${mine.length - done} not done`,
  };
}

export function findOpenedWithWhatsChanged(ctx: EvidenceContext): ItemFinding {
  if (ctx.earlier === undefined) return noEarlierContract(ctx);
  const at = ctx.conversation.openedWithWhatsChangedAt;
  return at === undefined
    ? {
        ticked: false,
        hint: 'Open with “what’s changed since we last spoke?” before revisiting the plan.',
      }
    : {
        ticked: true,
        evidence: `Opened with “what’s changed since we last spoke?” at ${wordsOf(ctx).dayTime(at)}`,
      };
}

export function findContractUpdated(ctx: EvidenceContext): ItemFinding {
  const { earlier, agreedHere } = ctx;
  if (earlier === undefined) return noEarlierContract(ctx);
  if (agreedHere === undefined || agreedHere.version <= earlier.version) {
    return {
      ticked: false,
      hint: 'Update the contract with progress and new commitments before you close.',
    };
  }
  return {
    ticked: true,
    evidence: `Updated from version ${earlier.version} to version ${agreedHere.version} in this conversation`,
  };
}
