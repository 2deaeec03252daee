import {
  createContract,
  reviseContract,
  type ContractError,
  type DateWording,
  type Temporal,
  type TimeZoneId,
} from '../../../domain';
import { draftAsVersion, placeholdersIn, type ContractDraft } from './contract-draft';

/** A problem to fix before saving, pinned to what the person sees: an item (by key) or a field. */
export interface DraftProblem {
  /** 'commitment:<key>', 'review:<key>', 'note', 'reason', 'openQuestion' or 'contract'. */
  target: string;
  /**
   * For items: which field ('action', 'due', 'kind', 'droppedReason', 'inGiftReason', 'month',
   * 'aspect').
   */
  field?: string;
  message: string;
  /** The domain's code, where the problem is one of its rules. */
  code?: ContractError['code'];
}

const ITEM_FIELD = /^(commitments|reviews)\.(\d+)\.(\w+)$/;

function toProblem(error: ContractError, draft: ContractDraft): DraftProblem {
  const match = ITEM_FIELD.exec(error.field);
  if (match !== null) {
    const [, list, index, field] = match;
    const item =
      list === 'commitments' ? draft.commitments[Number(index)] : draft.reviews[Number(index)];
    if (item !== undefined) {
      const target = `${list === 'commitments' ? 'commitment' : 'review'}:${item.key}`;
      return {
        target,
        ...(field === undefined ? {} : { field }),
        message: error.message,
        code: error.code,
      };
    }
  }
  const known = ['note', 'reason', 'openQuestion'];
  return {
    target: known.includes(error.field) ? error.field : 'contract',
    message: error.message,
    code: error.code,
  };
}

function placeholderProblems(draft: ContractDraft): DraftProblem[] {
  const fill = (found: string[]) =>
    `Fill in ${found.map((p) => `“${p}”`).join(', ')}: a placeholder is not a commitment.`;
  return [
    ...draft.commitments.flatMap((c) => {
      const found = c.status === 'open' ? placeholdersIn(c.action) : [];
      return found.length === 0
        ? []
        : [{ target: `commitment:${c.key}`, field: 'action', message: fill(found) }];
    }),
    ...draft.reviews.flatMap((r) => {
      const found = placeholdersIn(r.aspect);
      return found.length === 0
        ? []
        : [{ target: `review:${r.key}`, field: 'aspect', message: fill(found) }];
    }),
  ];
}

/**
 * The same rules the career API applies (the domain's createContract / reviseContract), run on
 * the draft before saving, so the manager sees what to fix where it is instead of after a
 * round trip. The API stays the final word; its answer is shown too.
 */
export function checkDraft(
  draft: ContractDraft,
  now: Temporal.Instant,
  zone: TimeZoneId,
  /** The version will be recorded as agreed in a conversation (the API then asks more of it). */
  {
    closesConversation = false,
    dates,
  }: {
    closesConversation?: boolean;
    /** The host's wording for the dates in the messages; en-GB when absent. */
    dates?: DateWording;
  } = {},
): DraftProblem[] {
  const terms = draftAsVersion(draft);
  const result =
    draft.base === null
      ? createContract({
          id: 'draft',
          reportId: draft.reportId,
          managerId: 'me',
          terms,
          now,
          zone,
          note: draft.note,
          ...(dates ? { wording: dates } : {}),
        })
      : reviseContract(
          { id: 'draft', reportId: draft.reportId, managerId: 'me', versions: [draft.base] },
          {
            terms,
            reason: draft.reason,
            note: draft.note,
            now,
            zone,
            ...(closesConversation ? { conversationId: 'draft-conversation' } : {}),
            ...(dates ? { wording: dates } : {}),
          },
        );
  const domain = result.ok ? [] : result.errors.map((e) => toProblem(e, draft));
  return [...domain, ...placeholderProblems(draft)];
}

export function problemsFor(
  problems: readonly DraftProblem[],
  target: string,
  field?: string,
): DraftProblem[] {
  return problems.filter((p) => p.target === target && (field === undefined || p.field === field));
}
