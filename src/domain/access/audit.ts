import { toIsoInstant } from '../time/values';
import type { IsoInstant } from '../time/values';
import type { AccessRequest, Decision, DecisionBasis, DenyReason } from './access-types';
import type { AccessAction } from './actions';

export type AuditOutcome = 'allowed' | 'denied' | 'failed';

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
  } & (
    | { outcome: 'allowed' | 'failed'; basis: DecisionBasis }
    | { outcome: 'denied'; reason: DenyReason }
  )
>;

/**
 * Every read or write of another person's data is audited, and so is every refusal, including a
 * person's own (a refused attempt is worth seeing). A person's own reads and writes are not: the
 * trail is for what others did.
 */
export function isAuditable(request: AccessRequest, decision: Decision): boolean {
  return !decision.allowed || request.caller.userId !== request.subjectId;
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
