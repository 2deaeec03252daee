import { toInstant, toIsoInstant } from '../time/values';
import type { IsoInstant } from '../time/values';
import type { AccessRequest, Decision, DecisionBasis, DenyReason } from './access-types';
import type { AccessAction } from './actions';

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
     * day is one entry, `count` times, the last at `at` (absent: once).
     */
    count?: number;
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
