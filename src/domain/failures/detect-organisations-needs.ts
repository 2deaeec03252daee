import { currentVersion } from '../contract/versioning';
import { wordingIn, type DateWording } from '../time/wording';
import type { Commitment } from '../model/contract';
import type { ReportHistory } from '../model/conversation';
import { Temporal } from '../time/temporal';
import type { TimeZoneId } from '../time/values';
import { dateIn } from '../time/values';
import type { FailureFinding, FailureInput } from './failure-finding';
import { findingFor } from './failure-finding';
import { timeOf } from './history-facts';

/**
 * Wording that says a commitment serves the team's gap rather than the person's direction. Kept
 * deliberately short: it is a prompt to look again, not a verdict, so it should rarely fire on a
 * commitment that is really about the person.
 */
const TEAM_NEED =
  /\b(?:cover(?:s|ing)?|backfill\w*|on-?call|hand ?over|take over|pick up|fill (?:the|a|in)|the team needs?|team's needs|business needs?|organi[sz]ation(?:'s)? needs?|support (?:the|our) (?:release|launch|migration|team|project)|keep the lights on|bau)\b/i;

/** Words too common to show that a commitment relates to someone's direction. */
const STOP_WORDS = new Set(
  'about after also being could doing from have into just like more most much need next over really some something than that their them then there these they thing things this those three within want wants what when where which while with work working would year years team'.split(
    ' ',
  ),
);
const STEM = 5;

/**
 * Failure 3, "Talking about the organisation's needs instead of theirs", in two modest signs:
 * the conversation got to closing the gap before their aspiration was written down; or every
 * one of the person's commitments is about covering a team need and none touches their direction.
 */
export function detectOrganisationsNeeds({
  history,
  zone,
  wording,
}: FailureInput): FailureFinding | undefined {
  return findingFor('organisations-needs', [
    ...gapBeforeAspiration(history, zone, wording),
    ...teamOnlyCommitments(history),
  ]);
}

function gapBeforeAspiration(
  history: ReportHistory,
  zone: TimeZoneId,
  wording: DateWording | undefined,
): string[] {
  const latest = history.conversations
    .filter((c) => (c.kind === 'full' || c.kind === 'ad-hoc') && c.phasesReached.length > 0)
    .flatMap((c) => {
      const at = timeOf(c);
      return at === undefined ? [] : [{ c, at }];
    })
    .sort((a, b) => Temporal.Instant.compare(a.at, b.at))
    .at(-1);
  if (latest === undefined) return [];
  const { c, at } = latest;
  if (!c.phasesReached.includes('close-the-gap') || c.aspirationRecorded) return [];
  return [
    `In the conversation on ${wordingIn(zone, wording).day(dateIn(at, zone), { year: true })} you moved on to closing the gap before ${history.report.displayName}'s own aspiration was written down`,
  ];
}

function teamOnlyCommitments(history: ReportHistory): string[] {
  if (history.contract === undefined) return [];
  const name = history.report.displayName;
  const theirs = currentVersion(history.contract).commitments.filter(
    (c) => c.party === 'report' && c.status !== 'dropped',
  );
  if (theirs.length === 0 || !theirs.every((c) => TEAM_NEED.test(c.action))) return [];
  const direction = history.direction?.text.trim() ?? '';
  if (direction !== '' && theirs.some((c) => relatesTo(c, direction))) return [];
  const quoted = theirs.map((c) => `“${c.action}”`).join(', ');
  return [
    theirs.length === 1
      ? `${name}'s only commitment is about what the team needs: ${quoted}`
      : `All ${theirs.length} of ${name}'s commitments are about what the team needs: ${quoted}`,
    direction === ''
      ? `${name}'s own direction is not written down`
      : `None of them connects to the direction ${name} described: “${direction}”`,
  ];
}

/** Shares a meaningful word stem with the direction, e.g. "architecture" and "architect". */
function relatesTo(commitment: Commitment, direction: string): boolean {
  const stems = (text: string): Set<string> =>
    new Set(
      (text.toLowerCase().match(/[a-z]{4,}/g) ?? [])
        .filter((word) => !STOP_WORDS.has(word))
        .map((word) => word.slice(0, STEM)),
    );
  const wanted = stems(direction);
  return [...stems(commitment.action)].some((stem) => wanted.has(stem));
}
