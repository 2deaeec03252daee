import type {
  Commitment,
  ContractVersion,
  ConversationRecord,
  DevelopmentContract,
  IsoInstant,
  TriggerLog,
} from '../../../domain';
import { currentVersion, parseInstant, Temporal } from '../../../domain';
import type { AccessRecord } from '../../../domain/access';
import type { ReportProfile } from '../../ports';
import type { ResolvedRelationship } from './relationship';

/**
 * The facts of a stored record the access rules need: who it was made with and when. The stored
 * types do not always say both, so what is missing is filled in only where it cannot be wrong.
 */

function isWithin(at: IsoInstant, since: IsoInstant, until: IsoInstant | undefined): boolean {
  const instant = parseInstant(at);
  const from = parseInstant(since);
  const to = parseInstant(until);
  if (!instant || !from || (until !== undefined && !to)) return false;
  return (
    Temporal.Instant.compare(instant, from) >= 0 &&
    (to === undefined || Temporal.Instant.compare(instant, to) < 0)
  );
}

/** The manager whose observed stint covers the instant, if any. */
function managerAt(resolved: ResolvedRelationship, at: IsoInstant): string | undefined {
  return resolved.stints.find((s) => isWithin(at, s.since, s.until))?.managerId;
}

/**
 * A record made with the current manager that carries no time: when the current stint is their
 * only one, it cannot be from an earlier stint, so it counts from the stint's start.
 */
function undatedStart(
  resolved: ResolvedRelationship,
  heldByManagerId: string | undefined,
): IsoInstant | undefined {
  const { currentManagerId, managerSince } = resolved.relationship;
  if (heldByManagerId === undefined || heldByManagerId !== currentManagerId) return undefined;
  const stints = resolved.stints.filter((s) => s.managerId === heldByManagerId);
  return stints.length === 1 ? managerSince : undefined;
}

function facts(
  resolved: ResolvedRelationship,
  id: string,
  heldByManagerId: string | undefined,
  createdAt: IsoInstant | undefined,
  extra: Partial<AccessRecord> = {},
): AccessRecord {
  const at = createdAt ?? undatedStart(resolved, heldByManagerId);
  return {
    id,
    ...(heldByManagerId === undefined ? {} : { heldByManagerId }),
    ...(at === undefined ? {} : { createdAt: at }),
    ...extra,
  };
}

export function versionFacts(
  resolved: ResolvedRelationship,
  contract: DevelopmentContract,
  version: ContractVersion,
): AccessRecord {
  // The contract names the manager of its latest version only; earlier ones go by their date.
  const latest = currentVersion(contract).version === version.version;
  return facts(
    resolved,
    `contract:${contract.id}:v${String(version.version)}`,
    latest ? contract.managerId : managerAt(resolved, version.agreedAt),
    version.agreedAt,
  );
}

export function commitmentFacts(
  resolved: ResolvedRelationship,
  contract: DevelopmentContract,
  commitment: Commitment,
): AccessRecord {
  const version = currentVersion(contract);
  return {
    ...versionFacts(resolved, contract, version),
    id: `commitment:${commitment.id}`,
    party: commitment.party,
  };
}

export function conversationFacts(
  resolved: ResolvedRelationship,
  record: ConversationRecord,
): AccessRecord {
  return facts(
    resolved,
    `conversation:${record.id}`,
    record.managerId,
    record.heldAt ?? record.event?.start,
  );
}

export function triggerFacts(resolved: ResolvedRelationship, log: TriggerLog): AccessRecord {
  // A trigger does not say who logged it: the manager of the day did.
  return facts(resolved, `trigger:${log.id}`, managerAt(resolved, log.loggedAt), log.loggedAt);
}

export function profileFacts(resolved: ResolvedRelationship, profile: ReportProfile): AccessRecord {
  return facts(
    resolved,
    `profile:${profile.reportId}`,
    profile.managerId,
    profile.direction?.recordedAt,
  );
}
