import type {
  Commitment,
  ConversationRecord,
  DevelopmentContract,
  Direction,
  IsoDate,
  TransitionFlag,
  TriggerLog,
} from '../../domain';

/** A stored value with the version tag that a later conditional write must present. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** An open commitment of a report's current contract version (follow-through views). */
export interface OpenCommitment {
  reportId: string;
  contractId: string;
  version: number;
  commitment: Commitment;
}

/**
 * Development contracts. Every agreed version is kept; writes are conditional on the etag read,
 * and a stale etag fails with a `conflict` PortError rather than overwriting.
 */
export interface ContractStore {
  get(reportId: string): Promise<Versioned<DevelopmentContract> | undefined>;
  /**
   * Stores the contract's newest version (the last in `versions`). `expectedEtag` undefined means
   * "this is a new contract" and fails with `conflict` if one exists. The newest version must be
   * the stored one plus 1 (`invalid` otherwise); stored versions are never rewritten.
   */
  saveVersion(
    contract: DevelopmentContract,
    expectedEtag: string | undefined,
  ): Promise<Versioned<DevelopmentContract>>;
  /**
   * Progress on one commitment of the current version (status, completedAt, droppedReason,
   * scheduled) without a new agreed version. Changing what was agreed (party, kind, action, due)
   * needs a new version and fails with `invalid`; an unknown commitment fails with `not-found`.
   */
  updateCommitment(
    reportId: string,
    commitment: Commitment,
    expectedEtag: string,
  ): Promise<Versioned<DevelopmentContract>>;
  /**
   * Open commitments due before `dueBefore` (pass today for "overdue") in the current versions of
   * these reports' contracts: the whole team in one indexed query. Pass the manager's live direct
   * reports, so someone who moved to another manager drops out at once.
   */
  listOpenCommitmentsDue(
    reportIds: readonly string[],
    dueBefore: IsoDate,
  ): Promise<OpenCommitment[]>;
  /** Erasure: removes the contract with every version and commitment. */
  removeAll(reportId: string): Promise<void>;
}

/** Shared conversation records, visible to both parties. */
export interface ConversationStore {
  listForReport(reportId: string): Promise<Versioned<ConversationRecord>[]>;
  get(id: string): Promise<Versioned<ConversationRecord> | undefined>;
  create(record: ConversationRecord): Promise<Versioned<ConversationRecord>>;
  update(record: ConversationRecord, expectedEtag: string): Promise<Versioned<ConversationRecord>>;
  removeAll(reportId: string): Promise<void>;
}

/** Ad hoc triggers a manager logged (one of the playbook's six categories, never free text). */
export interface TriggerStore {
  listForReport(reportId: string): Promise<Versioned<TriggerLog>[]>;
  create(reportId: string, log: TriggerLog): Promise<Versioned<TriggerLog>>;
  update(reportId: string, log: TriggerLog, expectedEtag: string): Promise<Versioned<TriggerLog>>;
  removeAll(reportId: string): Promise<void>;
}

/** What the rules need about a report beyond conversations: direction and transition points. */
export interface ReportProfile {
  reportId: string;
  managerId: string;
  direction?: Direction;
  transitions: TransitionFlag[];
}

export interface ProfileStore {
  get(reportId: string): Promise<Versioned<ReportProfile> | undefined>;
  /**
   * Creates (no etag) or conditionally replaces (etag) the profile. Each transition point is held
   * once (`invalid` otherwise) and comes back in the playbook's order.
   */
  put(profile: ReportProfile, expectedEtag: string | undefined): Promise<Versioned<ReportProfile>>;
  removeAll(reportId: string): Promise<void>;
}
