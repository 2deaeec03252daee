import type { CadenceReason, CadenceStatus } from '../cadence/cadence-types';
import type { ContractHealth } from '../contract/health';
import type { PersonStatus } from './person-status';
import type { EarlierHistoryFacts } from './earlier-history';
import type { FailureFinding } from '../failures/failure-finding';
import type { Commitment } from '../model/contract';
import type { ReportHistory } from '../model/conversation';
import type { Person } from '../model/person';
import type { ConversationKind, GoodLooksLikeId, TransitionId, TriggerId } from '../playbook/ids';
import type { Temporal } from '../time/temporal';
import type { IsoDate, IsoInstant, TimeZoneId } from '../time/values';

export type { PersonStatus, PersonStatusCode } from './person-status';
export type { EarlierHistoryFacts, OverdueTally } from './earlier-history';

export interface TeamOverviewInput {
  managerId: string;
  histories: readonly ReportHistory[];
  now: Temporal.Instant;
  /** The manager's zone: "today", due dates and "the last quarter" are read in it. */
  zone: TimeZoneId;
}

export interface ReportContractHealth extends ContractHealth {
  /** Every overdue commitment, the manager's own first (each party oldest due first). */
  overdueManagerFirst: Commitment[];
}

export interface ReportCadence {
  status: CadenceStatus;
  kind: ConversationKind;
  dueBy: IsoDate;
  overdueSince?: IsoDate;
  message: string;
  reason: CadenceReason;
}

/** An open trigger, named by its playbook category and nothing more. */
export interface ActiveTrigger {
  logId: string;
  trigger: TriggerId;
  label: string;
  loggedAt: IsoInstant;
}

export interface ActiveTransition {
  transition: TransitionId;
  label: string;
  since: IsoDate;
}

export interface ActiveSignals {
  /** Oldest first: the one waiting longest leads. */
  triggers: ActiveTrigger[];
  transitions: ActiveTransition[];
}

/** One row of the manager's overview. */
export interface ReportOverview {
  person: Person;
  /** The 3-year direction in their own words. */
  direction?: { text: string; recordedAt: IsoInstant };
  /** The latest held conversation of any kind. */
  lastConversation?: { kind: ConversationKind; at: IsoInstant };
  /** The earliest booked conversation not yet over. */
  nextConversation?: { kind: ConversationKind; start: IsoInstant };
  contractHealth: ReportContractHealth;
  /** The conversations alone; `status` is what the screens show. */
  cadence: ReportCadence;
  /** The one status of the person: conversations and commitments of both sides together. */
  status: PersonStatus;
  /**
   * Records from before this manager that the report has not shared, as cadence facts (dates and
   * counts, never content); absent when nothing is withheld.
   */
  earlierHistory?: EarlierHistoryFacts;
  activeSignals: ActiveSignals;
  failures: FailureFinding[];
}

export interface ManagerOverdueCommitment {
  report: Person;
  commitment: Commitment;
}

export interface TeamCounts {
  reports: number;
  /** Reports whose status is overdue (a conversation or a commitment of either side). */
  overdue: number;
  dueSoon: number;
  withContract: number;
  /** Reports with no held conversation of any kind yet. */
  withoutConversation: number;
  managerOverdueCommitments: number;
}

/**
 * met / not-yet: the records can say. self-assess: only the manager (and the person) can say,
 * because the playbook is about people, and feelings are never inferred from data.
 */
export const GOOD_LOOKS_LIKE_STATES = ['met', 'not-yet', 'self-assess'] as const;
export type GoodLooksLikeState = (typeof GOOD_LOOKS_LIKE_STATES)[number];

export interface GoodLooksLikeCheck {
  id: GoodLooksLikeId;
  text: string;
  state: GoodLooksLikeState;
  /** What the state rests on, in words, or why there is no data to rest it on. */
  evidence: string;
}

export type TeamEmptyState =
  /** No reports at all. */
  | 'no-reports'
  /** Reports, but not one held conversation yet. */
  | 'no-conversations-yet';

export interface TeamOverview {
  managerId: string;
  /** Sorted by `compareByUrgency`. */
  reports: ReportOverview[];
  /** Every overdue commitment of the manager across the team, oldest due first. */
  managerOverdue: ManagerOverdueCommitment[];
  counts: TeamCounts;
  /** True until the manager has held a first conversation with anyone. */
  isNewManager: boolean;
  emptyState?: TeamEmptyState;
  /** The seven "What good looks like" items, in the playbook's order. */
  goodLooksLike: GoodLooksLikeCheck[];
}
