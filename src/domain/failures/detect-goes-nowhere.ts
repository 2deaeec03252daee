import { wordingIn } from '../time/wording';
import { hasDatedCommitmentsFromBoth } from '../contract/health';
import { Temporal } from '../time/temporal';
import { dateIn, toInstant } from '../time/values';
import type { FailureFinding, FailureInput } from './failure-finding';
import { findingFor } from './failure-finding';
import { lastHeldFull, upcomingFull, versionBefore, versionsAgreedIn } from './history-facts';

/** Time to write up the contract agreed at the end of the conversation before it counts as missing. */
export const CONTRACT_GRACE_HOURS = 24;

/**
 * Failure 5, "The conversation that goes nowhere", judged on the last held full conversation:
 * it closed without a contract with dated commitments from both parties, or it did not start by
 * reviewing the contract that was in force.
 *
 * One exception: in a series run as separate sessions, "where are you now?" and "where do you want
 * to go?" are not expected to end in a contract. A conversation that did not reach closing the gap
 * and is followed by a booked one is the series in progress, not a conversation going nowhere.
 */
export function detectGoesNowhere({
  history,
  now,
  zone,
  wording,
}: FailureInput): FailureFinding | undefined {
  const held = lastHeldFull(history);
  if (held?.heldAt === undefined) return undefined;
  const words = wordingIn(zone, wording);
  const heldOn = words.day(dateIn(toInstant(held.heldAt), zone), { year: true });
  const evidence: string[] = [];

  const graceOver =
    Temporal.Instant.compare(now, toInstant(held.heldAt).add({ hours: CONTRACT_GRACE_HOURS })) > 0;
  const seriesContinues =
    !held.phasesReached.includes('close-the-gap') && upcomingFull(history, now) !== undefined;
  const agreed = versionsAgreedIn(history, held);
  if (graceOver && !seriesContinues && !agreed.some(hasDatedCommitmentsFromBoth)) {
    evidence.push(
      agreed.length === 0
        ? `The career conversation on ${heldOn} ended without a development contract`
        : `The contract agreed on ${heldOn} does not have dated commitments from both of you`,
    );
  }

  const before = versionBefore(history, held);
  if (before !== undefined && held.previousCommitmentsReviewedAt === undefined) {
    const agreedOn = words.day(dateIn(toInstant(before.agreedAt), zone), { year: true });
    evidence.push(
      `The career conversation on ${heldOn} did not start by reviewing the contract agreed on ${agreedOn}`,
    );
  }
  return findingFor('goes-nowhere', evidence);
}
