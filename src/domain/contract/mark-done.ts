import type { Commitment, DevelopmentContract, Party } from '../model/contract';
import { fail, ok } from '../result';
import type { Result } from '../result';
import type { Temporal } from '../time/temporal';
import { toIsoInstant } from '../time/values';
import { contractError } from './errors';
import type { ContractError } from './errors';
import { CONTRACT_LIMITS } from './limits';
import { currentVersion } from './versioning';

/**
 * The note someone adds when they mark their commitment done: plain text, trimmed; nothing but
 * spaces means no note, so an untouched textarea never stores an empty one.
 */
export function readDoneNote(raw: string | undefined): Result<string | undefined, ContractError> {
  const note = raw?.trim() ?? '';
  if (note === '') return ok(undefined);
  const max = CONTRACT_LIMITS.doneNoteMax;
  if (note.length > max) {
    return fail([
      contractError(
        'done-note-too-long',
        'note',
        `The note can be at most ${String(max)} characters (it has ${String(note.length)}).`,
      ),
    ]);
  }
  return ok(note);
}

/**
 * Marks one of the caller's own commitments done in the current version.
 *
 * Decision: this does NOT append a new agreed version. Doing what was agreed is progress, not
 * renegotiation, and a version per tick would bury the real changes (new commitments, new dates,
 * drops with a reason) in the "what changed" history. The completion is kept on the commitment
 * itself (`status`, `completedAt`) and shows up as 'commitment-completed' when the next agreed
 * version is compared with the one before.
 *
 * Only the owning party may tick their own commitment: the report marks theirs, the manager theirs.
 * Marking an already-done commitment again changes nothing, so a double click is harmless.
 * The optional note goes with the completion (see `readDoneNote`).
 */
export function markCommitmentDone(
  contract: DevelopmentContract,
  commitmentId: string,
  by: Party,
  now: Temporal.Instant,
  note?: string,
): Result<DevelopmentContract, ContractError> {
  const version = currentVersion(contract);
  const index = version.commitments.findIndex((c) => c.id === commitmentId);
  const commitment = version.commitments[index];
  if (commitment === undefined) {
    return fail([
      contractError(
        'commitment-not-found',
        'commitmentId',
        'This commitment is not in the current contract any more. Reload to see the latest version.',
      ),
    ]);
  }
  const field = `commitments.${index}.status`;
  if (commitment.party !== by) {
    const owner = commitment.party === 'manager' ? 'the manager' : 'the report';
    return fail([
      contractError(
        'not-your-commitment',
        field,
        `Only ${owner} can mark “${commitment.action}” as done.`,
      ),
    ]);
  }
  if (commitment.status === 'dropped') {
    return fail([
      contractError(
        'commitment-dropped',
        field,
        `“${commitment.action}” was dropped, so it cannot be marked done.`,
      ),
    ]);
  }
  if (commitment.status === 'done') return ok(contract);
  const doneNote = readDoneNote(note);
  if (!doneNote.ok) return doneNote;

  const done: Commitment = { ...commitment, status: 'done', completedAt: toIsoInstant(now) };
  // A note from an earlier completion (since reopened) does not speak for this one.
  delete done.doneNote;
  if (doneNote.value !== undefined) done.doneNote = doneNote.value;
  const commitments = version.commitments.map((c, i) => (i === index ? done : c));
  return ok({
    ...contract,
    versions: [...contract.versions.slice(0, -1), { ...version, commitments }],
  });
}
