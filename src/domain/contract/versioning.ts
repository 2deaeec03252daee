import type { DateWording } from '../time/wording';
import type {
  Commitment,
  ContractChangeReason,
  ContractTerms,
  ContractVersion,
  DevelopmentContract,
} from '../model/contract';
import { fail, ok } from '../result';
import type { Result } from '../result';
import type { Temporal } from '../time/temporal';
import { toIsoInstant } from '../time/values';
import type { TimeZoneId } from '../time/values';
import { contractError } from './errors';
import type { ContractError } from './errors';
import { CONTRACT_LIMITS } from './limits';
import { validateContractTerms } from './validate-terms';

/** The version in force. Storage parsing guarantees at least one, so an empty list is a bug. */
export function currentVersion(contract: DevelopmentContract): ContractVersion {
  const last = contract.versions.at(-1);
  if (last === undefined) {
    throw new Error(`Development contract ${contract.id} has no versions`);
  }
  return last;
}

export interface CreateContractInput {
  id: string;
  reportId: string;
  managerId: string;
  terms: ContractTerms;
  now: Temporal.Instant;
  zone: TimeZoneId;
  conversationId?: string;
  note?: string;
  /** How messages word dates: the host's on screen; en-GB when absent. */
  wording?: DateWording;
}

/** The first agreed version, usually at the end of "how do we close the gap?". */
export function createContract(
  input: CreateContractInput,
): Result<DevelopmentContract, ContractError> {
  const errors: ContractError[] = [];
  for (const field of ['id', 'reportId', 'managerId'] as const) {
    if (input[field].trim() === '') {
      errors.push(
        contractError(
          'missing-contract-field',
          field,
          'Choose whose contract this is before agreeing it.',
        ),
      );
    }
  }
  const note = (input.note ?? '').trim();
  errors.push(...checkNote(note, false));
  const terms = validateContractTerms(input.terms, {
    now: input.now,
    zone: input.zone,
    ...(input.wording ? { wording: input.wording } : {}),
  });
  if (!terms.ok) errors.push(...terms.errors);
  if (!terms.ok || errors.length > 0) return fail(errors);

  const version = agreedVersion(terms.value, 1, 'initial', note, input.now, input.conversationId);
  return ok({
    id: input.id.trim(),
    reportId: input.reportId.trim(),
    managerId: input.managerId.trim(),
    versions: [version],
  });
}

export interface DroppedCommitment {
  id: string;
  /** Why it no longer stands, recorded on the commitment for both parties to see. */
  why: string;
}

export interface ContractRevision {
  terms: ContractTerms;
  reason: ContractChangeReason;
  note: string;
  now: Temporal.Instant;
  zone: TimeZoneId;
  conversationId?: string;
  /** Open commitments deliberately left out of the new terms, each with its reason. */
  dropped?: DroppedCommitment[];
  /** How messages word dates: the host's on screen; en-GB when absent. */
  wording?: DateWording;
}

/**
 * Appends a new agreed version. Nothing from the previous version disappears silently: an open
 * commitment left out of the new terms must be listed in `dropped` with a reason, and is then
 * kept as 'dropped'; done and already-dropped commitments left out are carried over as they are.
 */
export function reviseContract(
  contract: DevelopmentContract,
  revision: ContractRevision,
): Result<DevelopmentContract, ContractError> {
  const previous = currentVersion(contract);
  const note = revision.note.trim();
  const errors: ContractError[] = [];
  if (revision.reason === 'initial') {
    errors.push(
      contractError(
        'initial-reason-on-revision',
        'reason',
        'This contract already has its first agreement. Choose why it is changing: a quarterly update, their goals changed, a monthly review or a correction.',
      ),
    );
  }
  errors.push(...checkNote(note, true));

  const dropped = checkDropped(revision.dropped ?? [], previous, revision.terms, errors);
  const carried = carryOver(previous, revision.terms, dropped, errors);
  errors.push(...checkPartiesKept(previous, revision.terms));

  // Only what the user edited is validated; the carried-over commitments are settled history, or
  // drops already checked above, and appended unchanged.
  const terms = validateContractTerms(revision.terms, {
    now: revision.now,
    zone: revision.zone,
    previous,
    closesConversation: revision.conversationId !== undefined,
    ...(revision.wording ? { wording: revision.wording } : {}),
  });
  if (!terms.ok) errors.push(...terms.errors);
  if (!terms.ok || errors.length > 0) return fail(errors);

  const version = agreedVersion(
    { ...terms.value, commitments: [...terms.value.commitments, ...carried] },
    previous.version + 1,
    revision.reason,
    note,
    revision.now,
    revision.conversationId,
  );
  return ok({ ...contract, versions: [...contract.versions, version] });
}

function agreedVersion(
  terms: ContractTerms,
  version: number,
  reason: ContractChangeReason,
  note: string,
  now: Temporal.Instant,
  conversationId: string | undefined,
): ContractVersion {
  return {
    ...terms,
    version,
    agreedAt: toIsoInstant(now),
    reason,
    note,
    ...(conversationId === undefined ? {} : { conversationId }),
  };
}

function checkNote(note: string, required: boolean): ContractError[] {
  if (required && note === '') {
    return [
      contractError(
        'missing-note',
        'note',
        'Add a short note on what changed and why, so you can both follow the history.',
      ),
    ];
  }
  if (note.length > CONTRACT_LIMITS.noteMax) {
    return [
      contractError(
        'note-too-long',
        'note',
        `Keep the note to ${CONTRACT_LIMITS.noteMax} characters.`,
      ),
    ];
  }
  return [];
}

/** Validates the `dropped` list and returns the reasons by commitment id. */
function checkDropped(
  dropped: DroppedCommitment[],
  previous: ContractVersion,
  terms: ContractTerms,
  errors: ContractError[],
): Map<string, string> {
  const reasons = new Map<string, string>();
  const inTerms = new Set(terms.commitments.map((c) => c.id.trim()));
  dropped.forEach((entry, i) => {
    const id = entry.id.trim();
    const why = entry.why.trim();
    const before = previous.commitments.find((c) => c.id === id);
    const path = `dropped.${i}`;
    if (reasons.has(id)) {
      errors.push(
        contractError(
          'duplicate-dropped-commitment',
          `${path}.id`,
          'This commitment is listed as dropped twice.',
        ),
      );
    } else if (before === undefined) {
      errors.push(
        contractError(
          'unknown-dropped-commitment',
          `${path}.id`,
          'This commitment is not in the current contract, so it cannot be dropped. Reload and try again.',
        ),
      );
    } else if (inTerms.has(id)) {
      errors.push(
        contractError(
          'dropped-commitment-still-present',
          `${path}.id`,
          `“${before.action}” is both kept and dropped. Either keep it or drop it.`,
        ),
      );
    } else if (before.status === 'done') {
      errors.push(
        contractError(
          'cannot-drop-done-commitment',
          `${path}.id`,
          `“${before.action}” is already done; it stays on record as done.`,
        ),
      );
    } else if (why === '') {
      errors.push(
        contractError(
          'missing-drop-reason',
          `${path}.why`,
          `Say why “${before.action}” is being dropped, so the change is on record for both of you.`,
        ),
      );
    } else if (why.length > CONTRACT_LIMITS.dropReasonMax) {
      errors.push(
        contractError(
          'drop-reason-too-long',
          `${path}.why`,
          `Keep the reason to ${CONTRACT_LIMITS.dropReasonMax} characters.`,
        ),
      );
    }
    if (!reasons.has(id)) reasons.set(id, why);
  });
  return reasons;
}

/** The previous commitments the new terms leave out, as they go into the new version. */
function carryOver(
  previous: ContractVersion,
  terms: ContractTerms,
  dropped: Map<string, string>,
  errors: ContractError[],
): Commitment[] {
  const inTerms = new Set(terms.commitments.map((c) => c.id.trim()));
  const carried: Commitment[] = [];
  for (const before of previous.commitments) {
    if (inTerms.has(before.id)) continue;
    const why = dropped.get(before.id);
    if (before.status !== 'open') {
      carried.push(before);
    } else if (why !== undefined) {
      carried.push({ ...before, status: 'dropped', droppedReason: why });
    } else {
      errors.push(
        contractError(
          'commitment-lost',
          'commitments',
          `“${before.action}” (due ${before.due}) is missing from the new version. Keep it, mark it done, or drop it with a reason.`,
        ),
      );
    }
  }
  return carried;
}

function checkPartiesKept(previous: ContractVersion, terms: ContractTerms): ContractError[] {
  const partyBefore = new Map(previous.commitments.map((c) => [c.id, c.party]));
  return terms.commitments.flatMap((c, i) => {
    const before = partyBefore.get(c.id.trim());
    return before === undefined || before === c.party
      ? []
      : [
          contractError(
            'commitment-party-changed',
            `commitments.${i}.party`,
            `“${c.action}” belonged to ${before === 'manager' ? 'you' : 'the report'}. Drop it and add a new commitment for the other person instead.`,
          ),
        ];
  });
}
