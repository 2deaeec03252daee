import {
  MANAGER_COMMITMENT_KINDS,
  REPORT_COMMITMENT_KINDS,
  type CommitmentKind,
  type Party,
  type StandingDecision,
  type StandingProblem,
} from '../../../domain';
import type { ContractDraft } from './contract-draft';
import type { ContractEditorAction } from './contract-editor-state';
import { dropReasonInputId, dueInputId, monthInputId } from './field-ids';

/**
 * What the manager's decision on a standing problem does to the draft: a quick start to add, an
 * edit (and the field it leaves to fill in), or only a field to put the cursor in.
 */
export type DecisionStep =
  | { kind: 'quick-start'; party: Party; commitmentKind: CommitmentKind }
  | { kind: 'edit'; action: ContractEditorAction; focusAfterRender?: string }
  | { kind: 'focus'; fieldId: string }
  | { kind: 'none' };

export function stepForDecision(
  draft: ContractDraft,
  problem: StandingProblem,
  decision: StandingDecision,
): DecisionStep {
  if (problem.kind === 'no-open-commitment') {
    const [kind] = problem.party === 'manager' ? MANAGER_COMMITMENT_KINDS : REPORT_COMMITMENT_KINDS;
    return { kind: 'quick-start', party: problem.party, commitmentKind: kind };
  }
  if (problem.kind === 'review-month-passed') {
    const key = draft.reviews.find((r) => (r.id ?? r.key) === problem.review.id)?.key;
    if (key === undefined) return { kind: 'none' };
    return decision === 'remove'
      ? { kind: 'edit', action: { type: 'remove-review', key } }
      : { kind: 'focus', fieldId: monthInputId(key) };
  }
  const target = draft.commitments.find((c) => c.id === problem.commitment.id);
  if (target === undefined) return { kind: 'none' };
  if (decision === 're-date') return { kind: 'focus', fieldId: dueInputId(target.key) };
  if (decision === 'done') {
    return {
      kind: 'edit',
      action: { type: 'set-commitment-status', key: target.key, status: 'done' },
    };
  }
  // Dropping asks why: the reason field appears once the change has rendered.
  return {
    kind: 'edit',
    action: { type: 'set-commitment-status', key: target.key, status: 'dropped' },
    focusAfterRender: dropReasonInputId(target.key),
  };
}
