import { wordingIn, type DateWording } from '../time/wording';
import type { ConversationRecord } from '../model/conversation';
import { CADENCE_MINIMUM } from '../playbook/cadence';
import { minutesBetween } from '../time/values';
import type { FailureFinding, FailureInput } from './failure-finding';
import { findingFor } from './failure-finding';
import { lastHeldFull, upcomingFull } from './history-facts';

/** "A dedicated session of at least 45 minutes" is the playbook's floor. */
const MINIMUM_MINUTES = CADENCE_MINIMUM.minMinutes;

/** Titles that say the slot is really a 1:1, a review, a check-in or a performance conversation. */
const OTHER_MEETING_TITLE =
  /\b(?:1:1|1-1|1 ?on ?1|one[- ]on[- ]one|121|review|check[- ]?in|catch[- ]?up|performance|appraisal)\b/i;

/**
 * Failure 2, "Conflating it with a 1:1 or review": the next booked (or, failing that, the last
 * held) full conversation is inside a 1:1, too short to go deep, or titled as something else.
 */
export function detectConflating({
  history,
  now,
  zone,
  wording,
}: FailureInput): FailureFinding | undefined {
  const conversation = upcomingFull(history, now) ?? lastHeldFull(history);
  return findingFor(
    'conflating',
    conversation === undefined
      ? []
      : facts(conversation, history.report.displayName, wordingIn(zone, wording)),
  );
}

function facts(conversation: ConversationRecord, name: string, words: DateWording): string[] {
  const event = conversation.event;
  if (event === undefined) return [];
  const when = words.range(event.start, event.end);
  const minutes = Math.round(minutesBetween(event.start, event.end));
  const evidence: string[] = [];
  if (event.insideOneOnOne === true) {
    evidence.push(
      `The career conversation on ${when} sits inside or right next to your 1:1 with ${name}`,
    );
  }
  if (minutes < MINIMUM_MINUTES) {
    evidence.push(
      `The career conversation on ${when} is booked for ${minutes} minutes, under the ${MINIMUM_MINUTES}-minute minimum`,
    );
  }
  if (OTHER_MEETING_TITLE.test(event.title)) {
    evidence.push(
      `The career conversation on ${when} is titled “${event.title}”, which reads as a 1:1 or review`,
    );
  }
  return evidence;
}
