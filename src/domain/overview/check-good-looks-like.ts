import { FULL_INTERVAL_MONTHS } from '../cadence/cadence-rules';
import { GOOD_LOOKS_LIKE } from '../playbook/good-looks-like';
import { GOOD_LOOKS_LIKE_IDS } from '../playbook/ids';
import type { GoodLooksLikeId } from '../playbook/ids';
import type { Temporal } from '../time/temporal';
import { todayIn } from '../time/values';
import type { TimeZoneId } from '../time/values';
import type { GoodLooksLikeCheck, GoodLooksLikeState } from './overview-types';
import type { ReportFacts } from './summarize-report';

/** How many names an evidence line spells out before "and N more". */
export const EVIDENCE_NAMES_MAX = 5;

interface CheckContext {
  reports: readonly ReportFacts[];
  /** The start of "the last quarter", in epoch milliseconds. */
  quarterStartMs: number;
}

interface Evaluation {
  state: GoodLooksLikeState;
  evidence: string;
}

/**
 * Only the person can say whether they felt seen or can see a future, and a trajectory is theirs
 * to judge; the playbook forbids scoring people, so the records are never used to guess.
 */
const selfAssess = (evidence: string) => (): Evaluation => ({ state: 'self-assess', evidence });

function listNames(reports: readonly ReportFacts[]): string {
  const shown = reports.slice(0, EVIDENCE_NAMES_MAX).map((r) => r.overview.person.displayName);
  const more = reports.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** "Every report" rules: met when all of them pass, and the evidence names who does not yet. */
function everyReport(
  reports: readonly ReportFacts[],
  passes: (report: ReportFacts) => boolean,
  wording: { all: string; missing: string },
): Evaluation {
  if (reports.length === 0) return { state: 'not-yet', evidence: 'No reports yet.' };
  const missing = reports.filter((r) => !passes(r));
  if (missing.length === 0) {
    return { state: 'met', evidence: `${wording.all} (${reports.length} of ${reports.length}).` };
  }
  const count = `${reports.length - missing.length} of ${reports.length}`;
  return { state: 'not-yet', evidence: `${count}. ${wording.missing}: ${listNames(missing)}.` };
}

function checkFollowThrough(reports: readonly ReportFacts[]): Evaluation {
  const overdue = reports.reduce(
    (sum, r) => sum + r.overview.contractHealth.overdue.manager.length,
    0,
  );
  const done = reports.reduce((sum, r) => sum + r.managerCommitmentsDone, 0);
  const doneText = `${done} of your commitments done`;
  if (overdue > 0) {
    const overdueText = overdue === 1 ? '1 overdue' : `${overdue} overdue`;
    return { state: 'not-yet', evidence: `${doneText}, ${overdueText}.` };
  }
  if (done === 0) {
    return { state: 'not-yet', evidence: 'None of your commitments is done yet; none is overdue.' };
  }
  return { state: 'met', evidence: `${doneText}, none overdue.` };
}

const EVALUATE: Record<GoodLooksLikeId, (ctx: CheckContext) => Evaluation> = {
  'feels-seen': selfAssess(
    'Only they can say. Ask them how the conversation felt; the app does not infer it from records.',
  ),
  'sees-a-future': selfAssess(
    'Only they can say, when they choose to. The app never scores or predicts it from records.',
  ),
  'visible-trajectory': selfAssess(
    'Yours and theirs to judge against the direction they described. The app does not score progress.',
  ),
  'consistent-quarterly': ({ reports, quarterStartMs }) =>
    everyReport(
      reports,
      (r) => r.lastFullHeldMs !== undefined && r.lastFullHeldMs >= quarterStartMs,
      {
        all: 'Every report had a full career conversation in the last quarter',
        missing: 'No full career conversation in the last quarter with',
      },
    ),
  'manager-follows-through': ({ reports }) => checkFollowThrough(reports),
  'knows-each-direction': ({ reports }) =>
    everyReport(reports, (r) => r.overview.direction !== undefined, {
      all: "Every report's 3-year direction is recorded in their own words",
      missing: 'No direction recorded yet for',
    }),
  'clearer-picture': ({ reports }) =>
    everyReport(reports, (r) => r.overview.contractHealth.hasDatedCommitmentsFromBoth, {
      all: 'Every report has a contract with dated commitments from both of you',
      missing: 'No contract with dated commitments from both of you yet for',
    }),
};

/** The manager's self-check against the playbook's seven "What good looks like" items. */
export function checkGoodLooksLike(
  reports: readonly ReportFacts[],
  now: Temporal.Instant,
  zone: TimeZoneId,
): GoodLooksLikeCheck[] {
  // By calendar day in the manager's zone: a conversation on the same date three months ago counts.
  const quarterStartMs = todayIn(now, zone)
    .subtract({ months: FULL_INTERVAL_MONTHS })
    .toZonedDateTime({ timeZone: zone }).epochMilliseconds;
  const ctx: CheckContext = { reports, quarterStartMs };
  return GOOD_LOOKS_LIKE_IDS.map((id): GoodLooksLikeCheck => {
    return { id, text: GOOD_LOOKS_LIKE[id].text, ...EVALUATE[id](ctx) };
  });
}
