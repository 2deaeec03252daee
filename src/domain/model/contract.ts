import type { CommitmentKind } from '../playbook/ids';
import type { IsoDate, IsoInstant, IsoMonth } from '../time/values';

// Each closed word list is spelled once, here: the API's enums, the SharePoint choice columns,
// the row codecs and the screens derive from these tuples, so they cannot drift apart.

/** Whose commitment it is. */
export const PARTIES = ['report', 'manager'] as const;
export type Party = (typeof PARTIES)[number];

export const COMMITMENT_STATUSES = ['open', 'done', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Where a manager's commitment was put so it actually happens. */
export const SCHEDULED_VIAS = ['calendar', 'todo'] as const;
export type ScheduledVia = (typeof SCHEDULED_VIAS)[number];

/** Where a manager's commitment was put so it actually happens: a calendar block or a To Do task. */
export interface ScheduledCommitment {
  via: ScheduledVia;
  /** The calendar event id or To Do task id. */
  ref: string;
  at: IsoInstant;
}

/** "[Specific action or learning or behaviour] by [date]": one side's promise, owned by one party. */
export interface Commitment {
  /** Stable across contract versions, so history can show what changed. */
  id: string;
  party: Party;
  kind: CommitmentKind;
  action: string;
  due: IsoDate;
  status: CommitmentStatus;
  completedAt?: IsoInstant;
  /** What the owner said when they marked it done, shown to both people. Absent: no note. */
  doneNote?: string;
  /** Why it was dropped, in the manager's words: a commitment never disappears without a reason. */
  droppedReason?: string;
  /**
   * The manager's own words on why an outcome the promise lint flags is theirs to deliver
   * ("I chair the panel for this level"). Only on a flagged manager commitment, agreed with it
   * in the same version, and shown to the report as the manager's statement.
   */
  inGiftReason?: string;
  scheduled?: ScheduledCommitment;
}

/** "In [month], we will check in on [specific aspect of progress]". */
export interface ReviewItem {
  id: string;
  month: IsoMonth;
  aspect: string;
}

export const CONTRACT_CHANGE_REASONS = [
  'initial',
  'quarterly-update',
  'goals-changed',
  'monthly-review',
  'correction',
] as const;
export type ContractChangeReason = (typeof CONTRACT_CHANGE_REASONS)[number];

/** The reasons a later version may give: only the first version is `initial`. */
export const REVISION_REASONS = CONTRACT_CHANGE_REASONS.filter(
  (reason): reason is Exclude<ContractChangeReason, 'initial'> => reason !== 'initial',
);
export type RevisionReason = (typeof REVISION_REASONS)[number];

export const isRevisionReason = (value: unknown): value is RevisionReason =>
  (REVISION_REASONS as readonly unknown[]).includes(value);

/** How a version's reason reads, the same in the editor, the history and the report's view. */
export const CONTRACT_CHANGE_REASON_LABELS: Readonly<Record<ContractChangeReason, string>> = {
  initial: 'First version',
  'quarterly-update': 'Quarterly update',
  'goals-changed': 'Goals changed',
  'monthly-review': 'Monthly review',
  correction: 'Correction',
};

/** The content both parties agree on. */
export interface ContractTerms {
  commitments: Commitment[];
  reviews: ReviewItem[];
  /** "The open question we are sitting with". */
  openQuestion: string;
}

/** One agreed version. Versions are never edited; an update appends a new one. */
export interface ContractVersion extends ContractTerms {
  version: number;
  agreedAt: IsoInstant;
  reason: ContractChangeReason;
  /** Why it changed, in the manager's words (required for anything but the first version). */
  note: string;
  /** The conversation this version was agreed in, where there was one. */
  conversationId?: string;
}

export interface DevelopmentContract {
  id: string;
  reportId: string;
  managerId: string;
  /** Oldest first; the last one is current. Never empty. */
  versions: ContractVersion[];
}
