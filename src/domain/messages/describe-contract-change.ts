import type { ContractChange } from '../contract/diff';
import type { Commitment } from '../model/contract';
import { commitmentLine, reviewLine } from './contract-lines';
import { messageWording } from './address-person';

const whose = (c: Commitment): string => (c.party === 'manager' ? "manager's" : 'their');

/** One line per change, for the agenda's "changed since" section. */
export function describeContractChange(change: ContractChange): string {
  switch (change.type) {
    case 'commitment-added':
      return `Added (${whose(change.commitment)}): ${commitmentLine(change.commitment)}`;
    case 'commitment-removed':
      return `Removed (${whose(change.commitment)}): ${commitmentLine(change.commitment)}`;
    case 'commitment-dropped':
      return change.reason === undefined
        ? `Dropped (${whose(change.commitment)}): ${change.commitment.action}`
        : `Dropped (${whose(change.commitment)}): ${change.commitment.action} (why: ${change.reason})`;
    case 'commitment-completed':
      return `Done (${whose(change.commitment)}): ${change.commitment.action}`;
    case 'commitment-reopened':
      return `Reopened (${whose(change.commitment)}): ${commitmentLine(change.commitment)}`;
    case 'due-changed':
      return `New date (${whose(change.commitment)}): ${change.commitment.action} by ${messageWording().longDate(change.to)} (was ${messageWording().longDate(change.from)})`;
    case 'action-changed':
      return `Reworded (${whose(change.commitment)}): ${change.to} (was: ${change.from})`;
    case 'review-added':
      return `Review added: ${reviewLine(change.review)}`;
    case 'review-removed':
      return `Review removed: ${reviewLine(change.review)}`;
    case 'review-changed':
      return `Review changed: ${reviewLine(change.review)} (was: ${reviewLine(change.from)})`;
    case 'open-question-changed':
      return change.from.trim() === ''
        ? 'Open question added'
        : `Open question changed (was: ${change.from})`;
  }
}
