import type { Party } from '../model/contract';
import type { Temporal } from '../time/temporal';
import type { IsoInstant } from '../time/values';
import type { AccessAction } from './actions';

/**
 * Who is asking, from the validated token. `isHrAdmin` comes from the token's app roles. An HR
 * admin is also a person who may manage or be managed: the role grants admin operations and
 * aggregates, never content.
 */
export interface Caller {
  userId: string;
  isHrAdmin: boolean;
}

/** The report's consent for one manager to see what was recorded before them. Revocable. */
export interface HistoryConsent {
  managerId: string;
  grantedAt: IsoInstant;
  revokedAt?: IsoInstant;
}

/**
 * Facts about the subject report, supplied by the server per request. `currentManagerId` is read
 * live from Entra ID (short cache, dropped on change), never from the stored records, so a manager
 * change takes effect on the next request.
 */
export interface Relationship {
  currentManagerId?: string;
  formerManagerIds: readonly string[];
  historyConsent: readonly HistoryConsent[];
  /** Since when the current manager manages the report. Records from before are history. */
  managerSince?: IsoInstant;
}

/**
 * The facts of the record the request touches, when it touches one: the manager the record was
 * made with (contract version, conversation, profile, trigger) and when it was made. For a
 * commitment, also whose commitment it is.
 */
export interface AccessRecord {
  /** Only for the audit trail ("what"). */
  id?: string;
  heldByManagerId?: string;
  createdAt?: IsoInstant;
  party?: Party;
}

export interface AccessRequest {
  caller: Caller;
  action: AccessAction;
  /** The report the data is about; for team.overview the manager whose team it is. */
  subjectId: string;
  relationship: Relationship;
  record?: AccessRecord;
  now: Temporal.Instant;
}

export const DECISION_BASES = [
  'self',
  'current-manager',
  'current-manager-with-consent',
  'hr-aggregate',
  'hr-admin-operation',
] as const;
export type DecisionBasis = (typeof DECISION_BASES)[number];

export const DENY_REASONS = [
  /** No relationship that grants anything: peer, skip-level, stranger. */
  'not-your-report',
  /** Was the manager; access ends the moment the relationship changes. */
  'former-manager',
  /** Current manager, but the record is from before them and the report has not consented. */
  'history-needs-consent',
  /** Current manager, but the record was made with someone else: it can be read, not changed. */
  'history-is-read-only',
  /** The other party's commitment: only its owner marks it done. */
  'not-the-owner',
  /** The report reads this; the manager records it. */
  'manager-records-this',
  /** Export, own audit trail and consent belong to the person themself. */
  'only-the-person-themself',
  /** A team overview is for the team's own manager. */
  'not-your-team',
  /** An HR admin without a personal relationship to the subject. */
  'hr-sees-aggregates-only',
  /** An HR admin operation asked for by someone without the role. */
  'not-hr-admin',
  /** The server did not supply the record facts the rule needs: refuse rather than guess. */
  'missing-record-facts',
] as const;
export type DenyReason = (typeof DENY_REASONS)[number];

export type Decision =
  | { allowed: true; basis: DecisionBasis }
  | {
      allowed: false;
      reason: DenyReason;
      /** Safe to show: names no one and does not reveal whether the subject exists. */
      message: string;
    };
