import {
  currentVersion,
  parseInstant,
  Temporal,
  toIsoInstant,
  type ConversationRecord,
  type DevelopmentContract,
  type IsoInstant,
} from '../../../domain';
import type { Relationship } from '../../../domain/access';
import { UNKNOWN_START, type ConsentRecord, type ManagerStint, type Versioned } from '../../ports';
import type { UseCaseContext } from '../context';

/** The relationship the access rules need, and the stints it came from (for record facts). */
export interface ResolvedRelationship {
  relationship: Relationship;
  stints: ManagerStint[];
}

/**
 * How the caller stands to the subject right now: the live manager (from the directory, passed
 * in), the managers before, the report's consents and when the current manager took over.
 */
export async function resolveRelationship(
  ctx: UseCaseContext,
  subjectId: string,
  liveManagerId: string | undefined,
): Promise<ResolvedRelationship> {
  const [known, consents] = await Promise.all([
    ctx.managerHistory.stints(subjectId),
    ctx.stores.consents.listForReport(subjectId),
  ]);
  return settleRelationship(ctx, subjectId, liveManagerId, { known, consents });
}

/** What the subject's relationship is worked out from, as read. */
export interface RelationshipRecords {
  known: ManagerStint[];
  consents: readonly Versioned<ConsentRecord>[];
  /**
   * The subject's contract and conversations, when the caller read them already: the first
   * sighting of a report then needs no second read to date the stint.
   */
  records?: {
    contract: Versioned<DevelopmentContract> | undefined;
    conversations: readonly Versioned<ConversationRecord>[];
  };
}

/**
 * The relationship from records already read: a list reads every report's stints and consents
 * together, then settles each here. A manager change seen for the first time is recorded.
 */
export async function settleRelationship(
  ctx: UseCaseContext,
  subjectId: string,
  liveManagerId: string | undefined,
  { known, consents, records }: RelationshipRecords,
): Promise<ResolvedRelationship> {
  const now = toIsoInstant(ctx.clock.now());
  const open = known.at(-1);
  const openManagerId = open?.until === undefined ? open?.managerId : undefined;
  let stints = known;
  if (openManagerId !== liveManagerId) {
    const at =
      known.length === 0 ? await inferFirstStart(ctx, subjectId, liveManagerId, records) : now;
    stints = await ctx.managerHistory.observe(subjectId, liveManagerId, at);
  }
  const current = stints.at(-1);
  const managerSince =
    current && current.until === undefined && current.managerId === liveManagerId
      ? current.since
      : undefined;
  const former = stints.map((s) => s.managerId).filter((id) => id !== liveManagerId);
  return {
    stints,
    relationship: {
      ...(liveManagerId === undefined ? {} : { currentManagerId: liveManagerId }),
      formerManagerIds: [...new Set(former)],
      historyConsent: consents.map(({ value }) => ({
        managerId: value.managerId,
        grantedAt: value.grantedAt,
        ...(value.revokedAt === undefined ? {} : { revokedAt: value.revokedAt }),
      })),
      ...(managerSince === undefined ? {} : { managerSince }),
    },
  };
}

/**
 * The first time the API sees a report, it cannot know since when their manager has been there.
 * Everything recorded with someone else is before that, so the stint starts just after the
 * latest such record; with none, as far back as there is anything.
 */
async function inferFirstStart(
  ctx: UseCaseContext,
  subjectId: string,
  managerId: string | undefined,
  records: RelationshipRecords['records'],
): Promise<IsoInstant> {
  if (managerId === undefined) return toIsoInstant(ctx.clock.now());
  const [contract, conversations] = records
    ? [records.contract, records.conversations]
    : await Promise.all([
        ctx.stores.contracts.get(subjectId),
        ctx.stores.conversations.listForReport(subjectId),
      ]);
  const others: IsoInstant[] = [];
  if (contract && contract.value.managerId !== managerId) {
    others.push(currentVersion(contract.value).agreedAt);
  }
  for (const { value } of conversations) {
    const at = value.heldAt ?? value.event?.start;
    if (value.managerId !== managerId && at !== undefined) others.push(at);
  }
  const latest = latestInstant(others);
  return latest === undefined ? UNKNOWN_START : toIsoInstant(latest.add({ seconds: 1 }));
}

/** The latest of the instants that parse; records with a broken time are skipped. */
function latestInstant(values: readonly IsoInstant[]): Temporal.Instant | undefined {
  let latest: Temporal.Instant | undefined;
  for (const value of values) {
    const instant = parseInstant(value);
    if (instant && (!latest || Temporal.Instant.compare(instant, latest) > 0)) latest = instant;
  }
  return latest;
}
