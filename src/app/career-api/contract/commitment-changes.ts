import {
  currentVersion,
  fail,
  markCommitmentDone as markDone,
  type CommitmentKind,
  type ContractChangeReason,
  type ContractError,
  type DevelopmentContract,
  type IsoDate,
  type Party,
  type Result,
  type ScheduledCommitment,
  type TimeZoneId,
} from '../../../domain';
import { PortError, type Versioned } from '../../ports';
import type { UseCaseContext } from '../context';
import { agreeContractVersion, checkExpected } from './agree-contract-version';
import { draftFromVersion } from './terms-draft';

type Saved = Result<Versioned<DevelopmentContract>, ContractError>;

interface VersionedChange {
  reportId: string;
  managerId: string;
  reason: ContractChangeReason;
  note: string;
  zone: TimeZoneId;
  expectedEtag: string;
}

async function currentContract(
  ctx: UseCaseContext,
  reportId: string,
  expectedEtag: string,
): Promise<Versioned<DevelopmentContract>> {
  const stored = await ctx.stores.contracts.get(reportId);
  if (!stored) throw new PortError('not-found', 'There is no development contract yet.');
  checkExpected(stored, expectedEtag);
  return stored;
}

/** A new commitment is a change to what was agreed, so it goes into a new version with a note. */
export async function addCommitment(
  ctx: UseCaseContext,
  input: VersionedChange & {
    party: Party;
    kind: CommitmentKind;
    action: string;
    due: IsoDate;
    inGiftReason?: string;
  },
): Promise<Saved> {
  const stored = await currentContract(ctx, input.reportId, input.expectedEtag);
  const draft = draftFromVersion(currentVersion(stored.value));
  draft.commitments.push({
    party: input.party,
    kind: input.kind,
    action: input.action,
    due: input.due,
    ...(input.inGiftReason === undefined ? {} : { inGiftReason: input.inGiftReason }),
  });
  return agreeContractVersion(ctx, { ...input, terms: draft, current: stored });
}

/** Changing what a commitment says or when it is due: a new version, with the reason on record. */
export async function changeCommitment(
  ctx: UseCaseContext,
  input: VersionedChange & {
    commitmentId: string;
    changes: { kind?: CommitmentKind; action?: string; due?: IsoDate; inGiftReason?: string };
  },
): Promise<Saved> {
  const stored = await currentContract(ctx, input.reportId, input.expectedEtag);
  const draft = draftFromVersion(currentVersion(stored.value));
  const index = draft.commitments.findIndex((c) => c.id === input.commitmentId);
  const commitment = draft.commitments[index];
  if (commitment === undefined) throw commitmentMissing();
  const changed = { ...commitment, ...input.changes };
  // A reason stated for the old wording does not vouch for a new one.
  if (changed.action !== commitment.action && input.changes.inGiftReason === undefined) {
    delete changed.inGiftReason;
  }
  draft.commitments[index] = changed;
  return agreeContractVersion(ctx, { ...input, terms: draft, current: stored });
}

/**
 * Only the owning party ticks their own commitment; progress is not a new agreed version. The
 * optional note is saved with the change of status, in the same conditional write.
 */
export async function markCommitmentDone(
  ctx: UseCaseContext,
  input: {
    reportId: string;
    commitmentId: string;
    by: Party;
    note?: string | undefined;
    expectedEtag: string;
  },
): Promise<Saved> {
  const stored = await currentContract(ctx, input.reportId, input.expectedEtag);
  const marked = markDone(stored.value, input.commitmentId, input.by, ctx.clock.now(), input.note);
  if (!marked.ok) return marked;
  const commitment = currentVersion(marked.value).commitments.find(
    (c) => c.id === input.commitmentId,
  );
  if (!commitment) throw commitmentMissing();
  const saved = await ctx.stores.contracts.updateCommitment(
    input.reportId,
    commitment,
    stored.etag,
  );
  return { ok: true, value: saved };
}

/** Records where the manager put their own commitment (a calendar block or a To Do task). */
export async function scheduleCommitment(
  ctx: UseCaseContext,
  input: {
    reportId: string;
    commitmentId: string;
    by: Party;
    scheduled: ScheduledCommitment;
    expectedEtag: string;
  },
): Promise<Saved> {
  const stored = await currentContract(ctx, input.reportId, input.expectedEtag);
  const version = currentVersion(stored.value);
  const index = version.commitments.findIndex((c) => c.id === input.commitmentId);
  const commitment = version.commitments[index];
  if (commitment === undefined) throw commitmentMissing();
  const field = `commitments.${String(index)}.scheduled`;
  if (commitment.party !== input.by) {
    return fail([
      {
        code: 'not-your-commitment',
        field,
        message: `Only the person who owns “${commitment.action}” can schedule it.`,
      },
    ]);
  }
  if (commitment.status !== 'open') {
    return fail([
      {
        code: 'commitment-dropped',
        field,
        message: `“${commitment.action}” is ${commitment.status}, so there is nothing to schedule.`,
      },
    ]);
  }
  const saved = await ctx.stores.contracts.updateCommitment(
    input.reportId,
    { ...commitment, scheduled: input.scheduled },
    stored.etag,
  );
  return { ok: true, value: saved };
}

function commitmentMissing(): PortError {
  return new PortError(
    'not-found',
    'This commitment is not in the current contract. Reload to see the latest version.',
  );
}
