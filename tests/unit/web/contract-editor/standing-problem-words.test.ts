import { describe, expect, it } from 'vitest';
import type { StandingProblem } from '../../../../src/domain';
import { describeStandingProblem } from '../../../../src/web/features/contract-editor/standing-problem-words';
import { dateFormatFor } from '../../../../src/web/shared/date-format';
import { aCommitment, aReview } from '../../builders';

const overdue: StandingProblem = {
  kind: 'commitment-overdue',
  commitment: aCommitment({ action: 'Shadow the Q3 launch', due: '2026-09-30' }),
  decisions: ['done', 're-date', 'drop'],
};
const reviewPassed: StandingProblem = {
  kind: 'review-month-passed',
  review: aReview({ aspect: 'stakeholder updates', month: '2026-09' }),
  decisions: ['done'],
};

// The editor shows every other date in the host's style ("30 Sept 2026", "Sep 30, 2026"): the
// standing problems above it used to say the mail's "30 September 2026" on the same screen.
describe('standing problems speak of dates as the rest of the editor does', () => {
  it('says an overdue commitment’s due date as the editor’s own dates, in the host’s style', () => {
    for (const locale of ['en-GB', 'en-US']) {
      const format = dateFormatFor(locale, 'Europe/London');
      expect(describeStandingProblem(overdue, format).text).toBe(
        `Their commitment “Shadow the Q3 launch” was due ${format.date('2026-09-30')}.`,
      );
    }
    const us = describeStandingProblem(overdue, dateFormatFor('en-US', 'America/Toronto'));
    expect(us.text).toContain('Sep 30, 2026');
  });

  it('names a passed review month in the host’s locale', () => {
    expect(describeStandingProblem(reviewPassed, dateFormatFor('en-GB', 'Europe/London'))).toEqual({
      what: 'stakeholder updates',
      text: 'The check-in on “stakeholder updates” in September 2026 has passed.',
    });
  });
});
