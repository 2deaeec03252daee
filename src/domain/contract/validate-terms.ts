import { lintPromiseLanguage, type LintFinding } from '../language';
import type { Commitment, ContractTerms, ContractVersion, ReviewItem } from '../model/contract';
import { MANAGER_COMMITMENT_KINDS, REPORT_COMMITMENT_KINDS } from '../playbook/ids';
import { fail, ok } from '../result';
import type { Result } from '../result';
import { Temporal } from '../time/temporal';
import { isValidIsoDate, toDate, todayIn, toIsoInstant } from '../time/values';
import type { TimeZoneId } from '../time/values';
import { contractError } from './errors';
import type { ContractError } from './errors';
import { wordingIn, type DateWording } from '../time/wording';
import { CONTRACT_LIMITS } from './limits';

export interface ValidationContext {
  now: Temporal.Instant;
  /** The manager's zone: "today" and "this month" are the manager's. */
  zone: TimeZoneId;
  /** The version these terms replace, if any. */
  previous?: ContractVersion;
  /**
   * The version closes a career conversation, where the playbook asks for "specific commitments
   * from both parties" whatever the previous version lacked. Other changes are checked for what
   * they change: a side that had nothing open before is a standing problem, not a blocker.
   */
  closesConversation?: boolean;
  /** How messages word their dates: the host's on screen; en-GB when absent. */
  wording?: DateWording;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MANAGER_KINDS: readonly string[] = MANAGER_COMMITMENT_KINDS;
const REPORT_KINDS: readonly string[] = REPORT_COMMITMENT_KINDS;

/**
 * Checks terms against the playbook's shape of a development contract ("specific action by date",
 * from both parties) and returns them trimmed. Every error names its field.
 */
export function validateContractTerms(
  terms: ContractTerms,
  ctx: ValidationContext,
): Result<ContractTerms, ContractError> {
  const today = todayIn(ctx.now, ctx.zone);
  const words = wordingIn(ctx.zone, ctx.wording);
  const previousById = new Map((ctx.previous?.commitments ?? []).map((c) => [c.id, c]));
  const previousReviews = new Map((ctx.previous?.reviews ?? []).map((r) => [r.id, r]));
  const checked = terms.commitments.map((c) => {
    const trimmed = normaliseCommitment(c, ctx.now);
    const previous = previousById.get(trimmed.id);
    const promises = promisesToResolve(trimmed, previous);
    return { commitment: keepReasonWhereNeeded(trimmed, previous, promises), previous, promises };
  });
  const commitments = checked.map((x) => x.commitment);
  const reviews = terms.reviews.map(normaliseReview);
  const openQuestion = terms.openQuestion.trim();

  const errors: ContractError[] = [
    ...checked.flatMap((x, i) => [
      ...checkCommitment(x.commitment, `commitments.${i}`, x.previous, today, words),
      ...checkPromise(x.commitment, `commitments.${i}`, x.promises),
    ]),
    ...checkDuplicates(
      commitments.map((c) => c.id),
      'commitments',
      'duplicate-commitment-id',
    ),
    ...checkBothParties(commitments, ctx, previousById),
    ...reviews.flatMap((r, i) => checkReview(r, `reviews.${i}`, today, previousReviews.get(r.id))),
    ...checkDuplicates(
      reviews.map((r) => r.id),
      'reviews',
      'duplicate-review-id',
    ),
  ];
  if (openQuestion.length > CONTRACT_LIMITS.openQuestionMax) {
    errors.push(
      contractError(
        'open-question-too-long',
        'openQuestion',
        `Keep the open question to ${CONTRACT_LIMITS.openQuestionMax} characters: one question you are both sitting with.`,
      ),
    );
  }
  return errors.length > 0 ? fail(errors) : ok({ commitments, reviews, openQuestion });
}

function normaliseCommitment(c: Commitment, now: Temporal.Instant): Commitment {
  const { completedAt, droppedReason, inGiftReason, ...rest } = c;
  const trimmed: Commitment = {
    ...rest,
    id: c.id.trim(),
    action: c.action.trim(),
    due: c.due.trim(),
  };
  // completedAt and droppedReason only mean something in their status; keep them consistent.
  if (c.status === 'done') trimmed.completedAt = completedAt ?? toIsoInstant(now);
  if (c.status === 'dropped' && droppedReason !== undefined) {
    trimmed.droppedReason = droppedReason.trim();
  }
  const reason = inGiftReason?.trim() ?? '';
  if (reason !== '') trimmed.inGiftReason = reason;
  return trimmed;
}

/** A wording carried over as it was agreed stands: only what the manager (re)words is linted. */
function isReworded(c: Commitment, previous: Commitment | undefined): boolean {
  return previous === undefined || previous.action !== c.action;
}

/** The promise findings the manager has to resolve on this commitment before agreeing it. */
function promisesToResolve(c: Commitment, previous: Commitment | undefined): LintFinding[] {
  if (c.party !== 'manager' || c.status !== 'open' || !isReworded(c, previous)) return [];
  return lintPromiseLanguage(c.action, {
    party: 'manager',
    context: 'commitment',
    hasDueDate: true,
  }).filter((finding) => finding.code === 'promise');
}

/**
 * The in-gift reason explains a flagged promise; on wording with nothing flagged it would tell
 * the report about a promise that is not there, so it is kept only where it explains one (or
 * was agreed with the unchanged wording it explains).
 */
function keepReasonWhereNeeded(
  c: Commitment,
  previous: Commitment | undefined,
  promises: readonly LintFinding[],
): Commitment {
  if (c.inGiftReason === undefined) return c;
  if (promises.length > 0 || !isReworded(c, previous)) return c;
  const kept = { ...c };
  delete kept.inGiftReason;
  return kept;
}

/**
 * Failure 4 blocks: a promise of an outcome above the manager is agreed only rephrased, or with
 * the manager's own statement of why it is theirs to deliver, which the report then reads.
 */
function checkPromise(
  c: Commitment,
  path: string,
  promises: readonly LintFinding[],
): ContractError[] {
  const [first] = promises;
  if (first === undefined) return [];
  const reason = c.inGiftReason ?? '';
  if (reason === '') {
    return [
      contractError(
        'unresolved-promise',
        `${path}.action`,
        `“${c.action}”: ${first.message} Rephrase it, or say why it is in your own gift.`,
      ),
    ];
  }
  if (reason.length > CONTRACT_LIMITS.inGiftReasonMax) {
    return [
      contractError(
        'in-gift-reason-too-long',
        `${path}.inGiftReason`,
        `Keep why it is in your gift to ${CONTRACT_LIMITS.inGiftReasonMax} characters.`,
      ),
    ];
  }
  return [];
}

function normaliseReview(r: ReviewItem): ReviewItem {
  return { ...r, id: r.id.trim(), month: r.month.trim(), aspect: r.aspect.trim() };
}

function checkCommitment(
  c: Commitment,
  path: string,
  previous: Commitment | undefined,
  today: Temporal.PlainDate,
  words: DateWording,
): ContractError[] {
  const errors: ContractError[] = [];
  // A change is checked for what it changes: a wording or date carried over as agreed stands,
  // even when its date has passed since (a standing problem to decide on, not a blocker). A
  // commitment re-opened is a new promise of its date.
  const reopened = c.status === 'open' && previous !== undefined && previous.status !== 'open';
  const sameDue = previous !== undefined && previous.due === c.due && !reopened;
  const sameAction = previous !== undefined && previous.action === c.action;

  if (c.id === '') {
    errors.push(
      contractError(
        'missing-commitment-id',
        `${path}.id`,
        'This commitment has no id. Reload and try again.',
      ),
    );
  }
  if (!sameAction) errors.push(...checkAction(c, `${path}.action`));

  const kinds = c.party === 'manager' ? MANAGER_KINDS : REPORT_KINDS;
  if (!kinds.includes(c.kind)) {
    const whose = c.party === 'manager' ? 'your own commitments' : "the report's commitments";
    errors.push(
      contractError(
        'kind-does-not-match-party',
        `${path}.kind`,
        `“${c.kind}” is not a kind used for ${whose}. Pick another kind.`,
      ),
    );
  }

  if (c.due === '') {
    errors.push(
      contractError(
        'missing-due-date',
        `${path}.due`,
        'Add a date: “by when” is what turns an intention into a commitment.',
      ),
    );
  } else if (!isValidIsoDate(c.due)) {
    errors.push(
      contractError(
        'invalid-due-date',
        `${path}.due`,
        `“${c.due}” is not a valid date. Use a date like 2026-06-30.`,
      ),
    );
  } else if (!sameDue && Temporal.PlainDate.compare(toDate(c.due), today) < 0) {
    errors.push(
      contractError(
        'due-date-in-past',
        `${path}.due`,
        `${words.day(c.due, { year: true })} has already passed. Pick today or a later date.`,
      ),
    );
  }

  if (c.status === 'dropped' && previous?.status !== 'dropped') {
    if ((c.droppedReason ?? '') === '') {
      errors.push(
        contractError(
          'missing-drop-reason',
          `${path}.droppedReason`,
          'Say why this commitment is being dropped, so the change is on record for both of you.',
        ),
      );
    } else if ((c.droppedReason ?? '').length > CONTRACT_LIMITS.dropReasonMax) {
      errors.push(
        contractError(
          'drop-reason-too-long',
          `${path}.droppedReason`,
          `Keep the reason to ${CONTRACT_LIMITS.dropReasonMax} characters.`,
        ),
      );
    }
  }
  return errors;
}

function checkAction(c: Commitment, field: string): ContractError[] {
  const { actionMin, actionMax } = CONTRACT_LIMITS;
  if (c.action === '') {
    return [
      contractError(
        'missing-action',
        field,
        'Describe the specific action, learning or behaviour.',
      ),
    ];
  }
  if (c.action.length < actionMin) {
    return [
      contractError(
        'action-too-short',
        field,
        `“${c.action}” is too short to be specific. Use at least ${actionMin} characters: who does what.`,
      ),
    ];
  }
  if (c.action.length > actionMax) {
    return [
      contractError(
        'action-too-long',
        field,
        `Keep a commitment to ${actionMax} characters. If it is more than one thing, split it into several commitments.`,
      ),
    ];
  }
  // The due date is its own field, so only the wording is linted here; promises are checked
  // apart (checkPromise), as the manager can resolve them with a reason instead of a rewording.
  const vague = lintPromiseLanguage(c.action, {
    party: c.party,
    context: 'commitment',
    hasDueDate: true,
  }).find((finding) => finding.code === 'vague-action');
  return vague === undefined ? [] : [contractError('vague-action', field, vague.message)];
}

function checkDuplicates(
  ids: string[],
  list: 'commitments' | 'reviews',
  code: 'duplicate-commitment-id' | 'duplicate-review-id',
): ContractError[] {
  const seen = new Set<string>();
  const errors: ContractError[] = [];
  ids.forEach((id, i) => {
    if (id !== '' && seen.has(id)) {
      errors.push(
        contractError(
          code,
          `${list}.${i}.id`,
          `Two items share the id “${id}”. Reload and try again.`,
        ),
      );
    }
    seen.add(id);
  });
  return errors;
}

function checkBothParties(
  commitments: Commitment[],
  ctx: ValidationContext,
  previousById: Map<string, Commitment>,
): ContractError[] {
  // "Both parties own it": each side needs something still to do, open or newly added. Required
  // of a first version and of one that closes a conversation; otherwise only a change that takes
  // away a side's last open commitment is refused, and a side that had none stays a standing
  // problem shown beside the contract.
  const live = (c: Commitment): boolean =>
    c.status === 'open' || (!previousById.has(c.id) && c.status !== 'dropped');
  const required = (party: Commitment['party']): boolean =>
    ctx.previous === undefined ||
    ctx.closesConversation === true ||
    ctx.previous.commitments.some((c) => c.party === party && c.status === 'open');
  const errors: ContractError[] = [];
  if (required('report') && !commitments.some((c) => c.party === 'report' && live(c))) {
    errors.push(
      contractError(
        'no-report-commitment',
        'commitments',
        'Add at least one open commitment from the report: a specific action, learning or behaviour, with a date.',
      ),
    );
  }
  if (required('manager') && !commitments.some((c) => c.party === 'manager' && live(c))) {
    errors.push(
      contractError(
        'no-manager-commitment',
        'commitments',
        'Add at least one open commitment of your own: an introduction, an opportunity, feedback or advocacy, with a date.',
      ),
    );
  }
  return errors;
}

function checkReview(
  r: ReviewItem,
  path: string,
  today: Temporal.PlainDate,
  previous: ReviewItem | undefined,
): ContractError[] {
  const errors: ContractError[] = [];
  if (r.id === '') {
    errors.push(
      contractError(
        'missing-review-id',
        `${path}.id`,
        'This review item has no id. Reload and try again.',
      ),
    );
  }
  if (!MONTH.test(r.month)) {
    errors.push(
      contractError(
        'invalid-review-month',
        `${path}.month`,
        `“${r.month}” is not a month. Pick a month like 2026-09.`,
      ),
    );
  } else if (previous?.month !== r.month && r.month < today.toPlainYearMonth().toString()) {
    errors.push(
      contractError(
        'review-month-in-past',
        `${path}.month`,
        `${r.month} has already passed. Pick this month or a later one.`,
      ),
    );
  }
  if (r.aspect === '') {
    errors.push(
      contractError(
        'missing-review-aspect',
        `${path}.aspect`,
        'Say which specific aspect of progress you will check in on.',
      ),
    );
  } else if (r.aspect.length > CONTRACT_LIMITS.reviewAspectMax) {
    errors.push(
      contractError(
        'review-aspect-too-long',
        `${path}.aspect`,
        `Keep what you will review to ${CONTRACT_LIMITS.reviewAspectMax} characters.`,
      ),
    );
  }
  return errors;
}
