import { parseInstant } from '../time/parse';
import { Temporal } from '../time/temporal';
import type { AccessRecord, Relationship } from './access-types';

// Unparseable instants count as unknown (`parseInstant` gives undefined), so a bad timestamp can
// only ever narrow access.

/**
 * From the current manager's point of view a record is:
 * - history: made with another manager, or made before the caller became the manager (a
 *   returning manager starts afresh: what happened under someone else in between is the
 *   report's to share, and the earlier stint goes with it);
 * - current: made with the caller since they became the manager;
 * - unknown: the facts do not say, and no access is granted on a guess.
 */
export type RecordAge = 'current' | 'history' | 'unknown';

export function classifyRecord(
  record: AccessRecord,
  managerId: string,
  relationship: Relationship,
): RecordAge {
  const { heldByManagerId, createdAt } = record;
  if (heldByManagerId !== undefined && heldByManagerId !== managerId) return 'history';
  const since = parseInstant(relationship.managerSince);
  if (relationship.managerSince === undefined) {
    // No start date on record: nothing earlier to tell apart, but the holder must be known.
    return heldByManagerId === managerId ? 'current' : 'unknown';
  }
  const created = parseInstant(createdAt);
  if (since === undefined || created === undefined) return 'unknown';
  return Temporal.Instant.compare(created, since) < 0 ? 'history' : 'current';
}

/**
 * A consent counts from `grantedAt` until `revokedAt`; any live grant for this manager will do,
 * so granting again after a revocation works. An unreadable revocation counts as revoked.
 */
export function hasHistoryConsent(
  relationship: Relationship,
  managerId: string,
  now: Temporal.Instant,
): boolean {
  return relationship.historyConsent.some((consent) => {
    if (consent.managerId !== managerId) return false;
    const granted = parseInstant(consent.grantedAt);
    if (granted === undefined || Temporal.Instant.compare(granted, now) > 0) return false;
    if (consent.revokedAt === undefined) return true;
    const revoked = parseInstant(consent.revokedAt);
    return revoked !== undefined && Temporal.Instant.compare(now, revoked) < 0;
  });
}
