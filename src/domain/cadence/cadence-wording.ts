import { wordingIn, type DateWording } from '../time/wording';
import { TRANSITION_POINT_LIST } from '../playbook/cadence';
import type { TransitionId, TriggerId } from '../playbook/ids';
import { TRIGGER_LIST } from '../playbook/triggers';
import { Temporal } from '../time/temporal';
import type { TimeZoneId } from '../time/values';
import type { BookedConversation, CadenceReason } from './cadence-types';

// Short labels for the manager's overview, from the playbook data.
export const TRIGGER_LABELS = Object.fromEntries(
  TRIGGER_LIST.map((trigger) => [trigger.id, trigger.label]),
) as Record<TriggerId, string>;

export const TRANSITION_LABELS = Object.fromEntries(
  TRANSITION_POINT_LIST.map((transition) => [transition.id, transition.label]),
) as Record<TransitionId, string>;

const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** A rounded, human length of time between two dates: "5 days", "3 weeks", "4 months". */
export function describeSpan(from: Temporal.PlainDate, to: Temporal.PlainDate): string {
  const [early, late] = Temporal.PlainDate.compare(from, to) <= 0 ? [from, to] : [to, from];
  const days = early.until(late).days;
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.round(days / 7), 'week');
  const rounded = (unit: 'months' | 'years'): Temporal.Duration =>
    early.until(late, { largestUnit: unit, smallestUnit: unit, roundingMode: 'halfExpand' });
  const months = rounded('months').months;
  return months < 24 ? plural(months, 'month') : plural(rounded('years').years, 'year');
}

function describeAgo(date: Temporal.PlainDate, today: Temporal.PlainDate): string {
  return date.equals(today) ? 'today' : `${describeSpan(date, today)} ago`;
}

export interface WordingContext {
  today: Temporal.PlainDate;
  zone: TimeZoneId;
  dueBy: Temporal.PlainDate;
  overdueSince?: Temporal.PlainDate | undefined;
  booked?: BookedConversation | undefined;
  /** How the sentence words its dates: en-GB in `zone` when absent. */
  wording?: DateWording;
}

/** "overdue by 3 weeks", "<noun> due in 5 days", "<noun> booked for Tue 9 Mar at 10:00". */
function describeWhen(noun: string, ctx: WordingContext): string {
  if (ctx.booked) {
    const at = wordingIn(ctx.zone, ctx.wording).dayAt(ctx.booked.start, ctx.today);
    return `${noun} booked for ${at}`;
  }
  if (ctx.overdueSince) return `overdue by ${describeSpan(ctx.overdueSince, ctx.today)}`;
  const days = ctx.today.until(ctx.dueBy).days;
  if (days === 0) return `${noun} due today`;
  if (days === 1) return `${noun} due tomorrow`;
  return `${noun} due in ${describeSpan(ctx.today, ctx.dueBy)}`;
}

/** The one sentence the manager reads for a due conversation. */
export function describeDue(reason: CadenceReason, ctx: WordingContext): string {
  switch (reason.code) {
    case 'first-conversation':
      return ctx.booked
        ? `No career conversation held yet: ${describeWhen('the first one', ctx)}`
        : 'No career conversation held yet: book the first one now';
    case 'quarterly': {
      const last = describeAgo(Temporal.PlainDate.from(reason.lastHeld), ctx.today);
      const who = reason.beforeYou ? ', before you,' : '';
      return `Last full conversation${who} was ${last}: ${describeWhen('next one', ctx)}`;
    }
    case 'monthly-review': {
      const last = describeAgo(Temporal.PlainDate.from(reason.lastReviewed), ctx.today);
      return `Development contract last reviewed ${last}: ${describeWhen('review', ctx)}`;
    }
    case 'transition':
      return `${TRANSITION_LABELS[reason.transition]}: ${describeWhen('conversation', ctx)}`;
    case 'trigger':
      return `${TRIGGER_LABELS[reason.trigger]}: ${describeWhen('ad hoc conversation', ctx)}`;
    case 'leaving-signal':
      return ctx.booked
        ? `${TRIGGER_LABELS[reason.trigger]}: ${describeWhen('conversation', ctx)}`
        : `${TRIGGER_LABELS[reason.trigger]}: talk now, before the decision crystallises`;
  }
}
