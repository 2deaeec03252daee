import { definedOnly } from '../defined-only';
import { toInstant, toIsoInstant } from '../time/values';
import type { IsoInstant } from '../time/values';
import type { AccessRequest, Decision, DecisionBasis, DenyReason } from './access-types';
import { ACTION_RULES, type AccessAction } from './actions';

export const AUDIT_OUTCOMES = ['allowed', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Whether the operation that was allowed then went through. */
export type OperationResult = 'succeeded' | 'failed';

/**
 * One line of the append-only audit trail: who did what to whose data, when, and how it ended.
 * It holds ids and codes only, never content, so the trail itself leaks nothing.
 */
export type AuditEntry = Readonly<
  {
    /** Given by the store when the entry is appended. */
    id?: string;
    at: IsoInstant;
    actorId: string;
    subjectId: string;
    action: AccessAction;
    recordId?: string;
    /**
     * Reads are summarised: the same read by the same person of the same record on the same UTC
     * day is one entry, `count` times, the first at `firstAt` and the last at `at` (both absent:
     * once, at `at`). See `readDayKey`.
     */
    count?: number;
    firstAt?: IsoInstant;
  } & (
    | { outcome: 'allowed' | 'failed'; basis: DecisionBasis }
    | { outcome: 'denied'; reason: DenyReason }
  )
>;

/**
 * Every read or write of another person's data is audited. A person's own reads and writes are
 * not: the trail is for what others did. Refusals are not either: anyone can be refused as often
 * as they like, so one entry each would let them push real reads out of another person's trail.
 * They are counted in the security log instead (`refusalOf`).
 */
export function isAuditable(request: AccessRequest, decision: Decision): boolean {
  return decision.allowed && request.caller.userId !== request.subjectId;
}

/**
 * Reads are summarised into one entry per day: a manager who opens a report's page ten times a day
 * costs one stored entry, counted ten times, and the report still sees who read and how often.
 * Changes stay one entry each (each is its own event), and so does anything refused.
 */
export function isSummarisedRead(entry: AuditEntry): boolean {
  return ACTION_RULES[entry.action].kind === 'read' && entry.outcome !== 'denied';
}

/**
 * The entry a summarised read is counted in: same UTC day, reader, person, action, record, outcome
 * and basis. Ids and codes only, like the entry; short enough for an indexed text column.
 */
export function readDayKey(entry: AuditEntry): string {
  return [
    entry.at.slice(0, 10),
    entry.actorId,
    entry.subjectId,
    entry.action,
    entry.recordId ?? '',
    entry.outcome,
    entry.outcome === 'denied' ? entry.reason : entry.basis,
  ].join('#');
}

/**
 * Two summaries of the same day's reads (same `readDayKey`) as one: counts added, the first and
 * last time kept, and the id of the one already stored (`held`).
 */
export function mergeReads(held: AuditEntry, next: AuditEntry): AuditEntry {
  const firstOf = (e: AuditEntry) => e.firstAt ?? e.at;
  const firstAt = firstOf(next) < firstOf(held) ? firstOf(next) : firstOf(held);
  const { id: _latestId, ...latest } = next.at > held.at ? next : held;
  const count = (held.count ?? 1) + (next.count ?? 1);
  return { ...latest, ...definedOnly({ id: held.id }), count, firstAt };
}

/** One refused request, for the security log: ids and codes only, like the audit trail. */
export interface Refusal {
  at: IsoInstant;
  actorId: string;
  subjectId: string;
  action: AccessAction;
  reason: DenyReason;
}

export function refusalOf(request: AccessRequest, reason: DenyReason): Refusal {
  return {
    at: toIsoInstant(request.now),
    actorId: request.caller.userId,
    subjectId: request.subjectId,
    action: request.action,
    reason,
  };
}

/**
 * The start of the UTC hour an instant falls in. The security log keeps one count per actor,
 * subject, action, reason and hour, so a flood of refusals costs one row, not one row each.
 */
export function refusalHour(at: IsoInstant): IsoInstant {
  return toIsoInstant(toInstant(at).round({ smallestUnit: 'hour', roundingMode: 'floor' }));
}

export function auditEntry(
  request: AccessRequest,
  decision: Decision,
  operation: OperationResult = 'succeeded',
): AuditEntry {
  const base = {
    at: toIsoInstant(request.now),
    actorId: request.caller.userId,
    subjectId: request.subjectId,
    action: request.action,
    ...(request.record?.id === undefined ? {} : { recordId: request.record.id }),
  };
  if (!decision.allowed) return { ...base, outcome: 'denied', reason: decision.reason };
  return {
    ...base,
    outcome: operation === 'succeeded' ? 'allowed' : 'failed',
    basis: decision.basis,
  };
}
