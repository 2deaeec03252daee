import type { Commitment, CommitmentStatus, ContractVersion } from '../model/contract';
import { contractError, type ContractError } from './errors';

/** A commitment as a new version sends it: its id once agreed, its status when the client sent one. */
export interface CommitmentStatusDraft {
  id?: string | undefined;
  status?: CommitmentStatus | undefined;
}

/**
 * The agreed commitments whose status a new version would change, other than dropping them.
 * Whether a commitment is done is its owner's to say, whichever route the change takes, so the
 * caller checks each of these against who owns it. Dropping one with a reason is a change of the
 * terms both people agree in the conversation, recorded by the manager, so it is not counted.
 */
export function statusChangesIn(
  previous: ContractVersion,
  next: readonly CommitmentStatusDraft[],
): Commitment[] {
  const sent = new Map<string, CommitmentStatus>();
  for (const c of next) {
    const id = c.id?.trim();
    if (id !== undefined && c.status !== undefined) sent.set(id, c.status);
  }
  return previous.commitments.filter((before) => {
    const after = sent.get(before.id);
    return after !== undefined && after !== before.status && after !== 'dropped';
  });
}

/**
 * A commitment the client adds starts open, whoever it belongs to: its owner marks it done once
 * it is done. Errors point into the sent terms (`commitments.2.status`).
 */
export function checkNewCommitmentsOpen(
  previous: ContractVersion | undefined,
  next: readonly CommitmentStatusDraft[],
): ContractError[] {
  const agreed = new Set((previous?.commitments ?? []).map((c) => c.id));
  return next.flatMap((c, i) => {
    const id = c.id?.trim();
    const isNew = id === undefined || !agreed.has(id);
    return isNew && c.status !== undefined && c.status !== 'open'
      ? [
          contractError(
            'new-commitment-not-open',
            `commitments.${String(i)}.status`,
            'A new commitment starts open. Its owner marks it done once it is done.',
          ),
        ]
      : [];
  });
}
