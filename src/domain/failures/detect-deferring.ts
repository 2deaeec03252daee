import { Temporal } from '../time/temporal';
import { dateIn, isValidIsoDate, toDate, todayIn } from '../time/values';
import { wordingIn, type DateWording } from '../time/wording';
import type { FailureFinding, FailureInput } from './failure-finding';
import { findingFor } from './failure-finding';
import {
  fullConversations,
  lastHeldFull,
  timeOf,
  upcomingConversations,
  upcomingFull,
} from './history-facts';

/** "At minimum, once per quarter": warn while there is still time to book inside the quarter. */
export const QUARTER_WARNING_DAYS = 75;
/** A new relationship gets two weeks before the first conversation counts as deferred. */
export const FIRST_CONVERSATION_GRACE_DAYS = 14;
export const RESCHEDULES_OF_UPCOMING = 2;
export const RESCHEDULES_IN_TWO_QUARTERS = 3;
const TWO_QUARTERS_DAYS = 182;

const dayCount = (days: number): string => (days === 1 ? '1 day' : `${days} days`);

/**
 * Failure 1, "Deferring until later": nothing is booked while the quarter runs out, or the
 * conversation keeps being moved ("something more urgent always takes precedence").
 */
export function detectDeferring(input: FailureInput): FailureFinding | undefined {
  return findingFor('deferring', [...findNothingBooked(input), ...findReschedules(input)]);
}

function findNothingBooked(input: FailureInput): string[] {
  const { history, now, zone, relationshipStartedOn } = input;
  if (upcomingFull(history, now) !== undefined) return [];
  const words = wordingIn(zone, input.wording);
  const today = todayIn(now, zone);
  const name = history.report.displayName;
  const last = lastHeldFull(history);
  if (last?.heldAt !== undefined) {
    const held = dateIn(Temporal.Instant.from(last.heldAt), zone);
    const days = held.until(today).days;
    if (days < QUARTER_WARNING_DAYS) return [];
    return [
      `The last career conversation with ${name} was on ${words.day(held, { year: true })}, ${dayCount(days)} ago`,
      nothingBookedFact(history, now, words),
    ];
  }
  // Held with an earlier manager and not shared: its date still tells how long it has been.
  const before = history.earlier?.lastFullHeldOn;
  if (before !== undefined && isValidIsoDate(before)) {
    const days = toDate(before).until(today).days;
    if (days < QUARTER_WARNING_DAYS) return [];
    return [
      `The last career conversation with ${name}, before you, was on ${words.day(toDate(before), { year: true })}, ${dayCount(days)} ago`,
      nothingBookedFact(history, now, words),
    ];
  }
  if (relationshipStartedOn === undefined || !isValidIsoDate(relationshipStartedOn)) {
    return [`No career conversation with ${name} has been held yet`, 'None is booked'];
  }
  const started = toDate(relationshipStartedOn);
  const days = started.until(today).days;
  if (days < FIRST_CONVERSATION_GRACE_DAYS) return [];
  return [
    `No career conversation with ${name} in the ${dayCount(days)} since you started managing them (${words.day(started, { year: true })})`,
    'None is booked',
  ];
}

/**
 * An ad hoc conversation or a review beside "nothing is booked" reads as a contradiction: name the
 * booking and say why it does not count for the quarter.
 */
function nothingBookedFact(
  history: FailureInput['history'],
  now: Temporal.Instant,
  words: DateWording,
): string {
  const other = upcomingConversations(history, now).find((c) => c.kind !== 'full');
  if (other?.event === undefined) return 'No career conversation is booked';
  const day = words.day(dateIn(Temporal.Instant.from(other.event.start), words.zone));
  const what = other.kind === 'ad-hoc' ? 'ad hoc one' : `${other.kind} conversation`;
  return `No quarterly career conversation is booked: the ${what} on ${day} does not replace it`;
}

function findReschedules({ history, now, zone, wording }: FailureInput): string[] {
  const upcoming = upcomingFull(history, now);
  if (upcoming?.event !== undefined && upcoming.rescheduleCount >= RESCHEDULES_OF_UPCOMING) {
    return [
      `The career conversation now booked for ${wordingIn(zone, wording).dayTime(upcoming.event.start)} has been moved ${upcoming.rescheduleCount} times`,
    ];
  }
  const since = now.subtract({ hours: 24 * TWO_QUARTERS_DAYS });
  const moves = fullConversations(history)
    .filter((c) => {
      const at = timeOf(c);
      return at !== undefined && Temporal.Instant.compare(at, since) >= 0;
    })
    .reduce((sum, c) => sum + c.rescheduleCount, 0);
  return moves >= RESCHEDULES_IN_TWO_QUARTERS
    ? [`Career conversations have been moved ${moves} times in the last six months`]
    : [];
}
