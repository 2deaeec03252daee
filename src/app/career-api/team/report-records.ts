import type {
  ConversationRecord,
  DevelopmentContract,
  Person,
  ReportHistory,
  Temporal,
  TriggerLog,
} from '../../../domain';
import { currentVersion, describeEarlierHistory, type TimeZoneId } from '../../../domain';
import type { Caller } from '../../../domain/access';
import type { ReportProfile, Versioned } from '../../ports';
import { settleRelationship, type ResolvedRelationship } from '../access/relationship';
import {
  conversationFacts,
  profileFacts,
  triggerFacts,
  versionFacts,
} from '../access/record-facts';
import { permits } from '../access/visible-records';
import type { UseCaseContext } from '../context';

/** Everything stored about one report, as read, with the relationship it was read under. */
export interface ReportRecords {
  report: Person;
  resolved: ResolvedRelationship;
  contract?: Versioned<DevelopmentContract>;
  conversations: Versioned<ConversationRecord>[];
  triggers: Versioned<TriggerLog>[];
  profile?: Versioned<ReportProfile>;
}

/**
 * Reads the report's records in parallel; each store query filters on the report's id. Every
 * query starts in the same tick, so reading a whole team this way goes out as a few shared
 * queries (the SharePoint adapter merges them), and the relationship is settled from what was
 * read rather than read again.
 */
export async function loadReportRecords(
  ctx: UseCaseContext,
  report: Person,
  liveManagerId: string | undefined,
): Promise<ReportRecords> {
  const [known, consents, contract, conversations, triggers, profile] = await Promise.all([
    ctx.managerHistory.stints(report.id),
    ctx.stores.consents.listForReport(report.id),
    ctx.stores.contracts.get(report.id),
    ctx.stores.conversations.listForReport(report.id),
    ctx.stores.triggers.listForReport(report.id),
    ctx.stores.profiles.get(report.id),
  ]);
  const resolved = await settleRelationship(ctx, report.id, liveManagerId, {
    known,
    consents,
    records: { contract, conversations },
  });
  return {
    report,
    resolved,
    ...(contract ? { contract } : {}),
    conversations,
    triggers,
    ...(profile ? { profile } : {}),
  };
}

/** Which records the caller may read, and whether any were held back (never how many). */
export interface VisibleHistory {
  history: ReportHistory;
  earlierHistory: boolean;
}

/**
 * The report's history as the caller may see it: records from before a manager took over stay
 * out unless the report shared them, and a contract whose current version is out is out whole.
 */
export function visibleHistory(
  caller: Caller,
  records: ReportRecords,
  managerId: string,
  now: Temporal.Instant,
  zone: TimeZoneId,
): VisibleHistory {
  const { report, resolved } = records;
  const may = permits(caller, report.id, resolved, now);
  let earlierHistory = false;
  const keep = <T>(items: readonly T[], ok: (item: T) => boolean): T[] =>
    items.filter((item) => {
      const allowed = ok(item);
      if (!allowed) earlierHistory = true;
      return allowed;
    });

  const withheld: ConversationRecord[] = [];
  const conversations = keep(records.conversations, ({ value }) => {
    const allowed = may('conversation.read', conversationFacts(resolved, value));
    if (!allowed) withheld.push(value);
    return allowed;
  }).map((c) => c.value);
  const triggers = keep(records.triggers, ({ value }) =>
    may('trigger.read', triggerFacts(resolved, value)),
  ).map((t) => t.value);

  let contract: DevelopmentContract | undefined;
  let withheldContract: DevelopmentContract | undefined;
  const stored = records.contract?.value;
  if (stored) {
    const current = currentVersion(stored);
    if (may('contract.read-current', versionFacts(resolved, stored, current))) {
      const versions = keep(stored.versions, (v) =>
        may('contract.read-version', versionFacts(resolved, stored, v)),
      );
      contract = { ...stored, versions: versions.length > 0 ? versions : [current] };
    } else {
      earlierHistory = true;
      withheldContract = stored;
    }
  }

  const profile = records.profile?.value;
  const profileVisible =
    profile !== undefined && may('profile.read', profileFacts(resolved, profile));
  if (profile && !profileVisible) earlierHistory = true;

  return {
    earlierHistory,
    history: {
      report,
      managerId,
      ...(profileVisible && profile.direction ? { direction: profile.direction } : {}),
      transitions: profileVisible ? profile.transitions : [],
      triggers,
      conversations,
      ...(contract ? { contract } : {}),
      ...(earlierHistory
        ? {
            earlier: describeEarlierHistory(
              {
                conversations: withheld,
                ...(withheldContract ? { contract: withheldContract } : {}),
              },
              zone,
              now.toZonedDateTimeISO(zone).toPlainDate(),
            ),
          }
        : {}),
    },
  };
}
