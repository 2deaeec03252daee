import { describe, expect, it } from 'vitest';
import {
  MANAGER_COMMITMENT_KINDS,
  REPORT_COMMITMENT_KINDS,
  type StandingProblem,
} from '../../../../src/domain';
import { draftFrom } from '../../../../src/web/features/contract-editor/contract-draft';
import {
  dropReasonInputId,
  dueInputId,
  monthInputId,
} from '../../../../src/web/features/contract-editor/field-ids';
import { stepForDecision } from '../../../../src/web/features/contract-editor/standing-decision';
import { aCommitment, aManagerCommitment, aReview, aVersion } from '../../builders';

const overdue = aManagerCommitment({ id: 'c2', due: '2026-01-31' });
const passed = aReview({ id: 'r1', month: '2026-01' });
const V2 = aVersion({
  version: 2,
  commitments: [aCommitment({ id: 'c1' }), overdue],
  reviews: [passed],
});
const draft = draftFrom('report-1', { version: V2, etag: 'e2' });

const late: StandingProblem = {
  kind: 'commitment-overdue',
  commitment: overdue,
  decisions: ['done', 're-date', 'drop'],
};
const reviewPassed: StandingProblem = {
  kind: 'review-month-passed',
  review: passed,
  decisions: ['re-date', 'remove'],
};

describe('stepForDecision: what a decision on a standing problem does', () => {
  it('adds the playbook’s first kind for a side with nothing open', () => {
    const none = (party: 'manager' | 'report'): StandingProblem => ({
      kind: 'no-open-commitment',
      party,
      decisions: ['add'],
    });
    expect(stepForDecision(draft, none('manager'), 'add')).toEqual({
      kind: 'quick-start',
      party: 'manager',
      commitmentKind: MANAGER_COMMITMENT_KINDS[0],
    });
    expect(stepForDecision(draft, none('report'), 'add')).toEqual({
      kind: 'quick-start',
      party: 'report',
      commitmentKind: REPORT_COMMITMENT_KINDS[0],
    });
  });

  it('removes a passed review, or puts the cursor in its month to re-date it', () => {
    expect(stepForDecision(draft, reviewPassed, 'remove')).toEqual({
      kind: 'edit',
      action: { type: 'remove-review', key: 'r1' },
    });
    expect(stepForDecision(draft, reviewPassed, 're-date')).toEqual({
      kind: 'focus',
      fieldId: monthInputId('r1'),
    });
  });

  it('marks an overdue commitment done', () => {
    expect(stepForDecision(draft, late, 'done')).toEqual({
      kind: 'edit',
      action: { type: 'set-commitment-status', key: 'c2', status: 'done' },
    });
  });

  it('puts the cursor in an overdue commitment’s date to re-date it', () => {
    expect(stepForDecision(draft, late, 're-date')).toEqual({
      kind: 'focus',
      fieldId: dueInputId('c2'),
    });
  });

  it('drops an overdue commitment and then asks why, once the field is there', () => {
    expect(stepForDecision(draft, late, 'drop')).toEqual({
      kind: 'edit',
      action: { type: 'set-commitment-status', key: 'c2', status: 'dropped' },
      focusAfterRender: dropReasonInputId('c2'),
    });
  });

  it('does nothing when the item is no longer in the draft', () => {
    const gone = { ...draft, commitments: [], reviews: [] };
    expect(stepForDecision(gone, late, 'done')).toEqual({ kind: 'none' });
    expect(stepForDecision(gone, reviewPassed, 'remove')).toEqual({ kind: 'none' });
  });
});
