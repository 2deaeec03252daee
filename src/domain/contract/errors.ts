import type { DomainError } from '../result';

/** Every way a development contract can be refused, so screens can react to a code, not a text. */
export type ContractErrorCode =
  // one commitment
  | 'missing-commitment-id'
  | 'duplicate-commitment-id'
  | 'missing-due-date'
  | 'invalid-due-date'
  | 'due-date-in-past'
  | 'missing-action'
  | 'action-too-short'
  | 'action-too-long'
  | 'vague-action'
  | 'unresolved-promise'
  | 'in-gift-reason-too-long'
  | 'kind-does-not-match-party'
  | 'missing-drop-reason'
  | 'drop-reason-too-long'
  // the terms as a whole
  | 'no-report-commitment'
  | 'no-manager-commitment'
  | 'missing-review-id'
  | 'duplicate-review-id'
  | 'invalid-review-month'
  | 'review-month-in-past'
  | 'missing-review-aspect'
  | 'review-aspect-too-long'
  | 'open-question-too-long'
  // versions
  | 'missing-contract-field'
  | 'missing-note'
  | 'note-too-long'
  | 'initial-reason-on-revision'
  | 'commitment-lost'
  | 'commitment-party-changed'
  | 'unknown-dropped-commitment'
  | 'duplicate-dropped-commitment'
  | 'dropped-commitment-still-present'
  | 'cannot-drop-done-commitment'
  | 'new-commitment-not-open'
  // progress
  | 'commitment-not-found'
  | 'not-your-commitment'
  | 'commitment-dropped'
  | 'done-note-too-long';

/** A contract error always points at a field, so a form can show it where the problem is. */
export interface ContractError extends DomainError<ContractErrorCode> {
  field: string;
}

export const contractError = (
  code: ContractErrorCode,
  field: string,
  message: string,
): ContractError => ({ code, field, message });
