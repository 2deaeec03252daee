import {
  checkNewCommitmentsOpen,
  createContract,
  currentVersion,
  fail,
  reviseContract,
  type ContractChangeReason,
  type ContractError,
  type DevelopmentContract,
  type DroppedCommitment,
  type Result,
  type TimeZoneId,
} from '../../../domain';
import { PortError, type Versioned } from '../../ports';
import type { UseCaseContext } from '../context';
import { termsFromDraft, type TermsDraft } from './terms-draft';

export interface AgreeContractVersionInput {
  reportId: string;
  /** The manager recording the agreement (the report's current manager). */
  managerId: string;
  terms: TermsDraft;
  reason: ContractChangeReason;
  note: string;
  conversationId?: string;
  dropped?: DroppedCommitment[];
  zone: TimeZoneId;
  /** The version the manager edited; undefined only for a report's first contract. */
  expectedEtag: string | undefined;
  /**
   * The contract as this request already read it (undefined: none yet). Passed down, never read
   * again: the store's conditional write still refuses it if anyone saved in between.
   */
  current: Versioned<DevelopmentContract> | undefined;
}

/**
 * Appends an agreed version (or creates the contract with its first one). Every earlier version
 * stays as it was; the store refuses the write if anyone saved a version in between.
 */
export async function agreeContractVersion(
  ctx: UseCaseContext,
  input: AgreeContractVersionInput,
): Promise<Result<Versioned<DevelopmentContract>, ContractError>> {
  const stored = input.current;
  checkExpected(stored, input.expectedEtag);
  const previous = stored ? currentVersion(stored.value) : undefined;
  const notOpen = checkNewCommitmentsOpen(previous, input.terms.commitments);
  if (notOpen.length > 0) return fail(notOpen);
  const now = ctx.clock.now();
  const next = stored
    ? reviseContract(stored.value, {
        terms: termsFromDraft(input.terms, currentVersion(stored.value), ctx.newId),
        reason: input.reason,
        note: input.note,
        now,
        zone: input.zone,
        ...(input.conversationId === undefined ? {} : { conversationId: input.conversationId }),
        ...(input.dropped === undefined ? {} : { dropped: input.dropped }),
      })
    : createFirst(ctx, input);
  if (!next.ok) return next;
  // The manager who agrees a version is the one on record for the contract from then on.
  const contract = { ...next.value, managerId: input.managerId };
  const saved = await ctx.stores.contracts.saveVersion(contract, stored?.etag);
  return { ok: true, value: saved };
}

function createFirst(
  ctx: UseCaseContext,
  input: AgreeContractVersionInput,
): Result<DevelopmentContract, ContractError> {
  // The first version is the initial one whatever reason the client sent.
  return createContract({
    id: ctx.newId(),
    reportId: input.reportId,
    managerId: input.managerId,
    terms: termsFromDraft(input.terms, undefined, ctx.newId),
    now: ctx.clock.now(),
    zone: input.zone,
    note: input.note,
    ...(input.conversationId === undefined ? {} : { conversationId: input.conversationId }),
  });
}

/** A write based on a version that is no longer current fails before anything is computed. */
export function checkExpected<T>(
  stored: Versioned<T> | undefined,
  expectedEtag: string | undefined,
): void {
  if (stored === undefined && expectedEtag !== undefined) {
    throw new PortError('conflict', 'This was removed since you loaded it.');
  }
  if (stored !== undefined && expectedEtag === undefined) {
    throw new PortError('precondition-required', 'Send the version you changed.');
  }
  if (stored !== undefined && stored.etag !== expectedEtag) {
    throw new PortError('conflict', 'Someone changed this since you loaded it.');
  }
}
