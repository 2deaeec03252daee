import type { StandingProblem } from '../../../domain';
import type { DateFormat } from '../../shared/date-format';

/**
 * What the panel says about one standing problem: its subject, and the sentence, with dates in
 * the host's style like every other date in the editor.
 */
export function describeStandingProblem(
  problem: StandingProblem,
  format: DateFormat,
): { what: string; text: string } {
  switch (problem.kind) {
    case 'commitment-overdue': {
      const { commitment } = problem;
      const whose = commitment.party === 'manager' ? 'Your commitment' : 'Their commitment';
      return {
        what: commitment.action,
        text: `${whose} “${commitment.action}” was due ${format.date(commitment.due)}.`,
      };
    }
    case 'no-open-commitment':
      return problem.party === 'manager'
        ? { what: 'your side', text: 'You have no open commitment of your own.' }
        : { what: 'their side', text: 'They have no open commitment.' };
    case 'review-month-passed':
      return {
        what: problem.review.aspect,
        text: `The check-in on “${problem.review.aspect}” in ${format.month(problem.review.month)} has passed.`,
      };
  }
}
