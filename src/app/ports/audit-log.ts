import type { AuditEntry } from '../../domain/access';

export type { AuditEntry };

export interface AuditQuery {
  /** Newest first; at most this many (default 100). */
  limit?: number;
}

/**
 * The append-only audit trail: who did what to whose data. Entries hold ids and codes only (see
 * `auditEntry`), never content. Nothing in this port changes or removes an entry.
 */
export interface AuditLog {
  /** Stores the entry; the store gives it its id. */
  append(entry: AuditEntry): Promise<void>;
  /** Accesses to this person's data, newest first. */
  listForSubject(subjectId: string, query?: AuditQuery): Promise<AuditEntry[]>;
  /** What this person did, newest first. */
  listByActor(actorId: string, query?: AuditQuery): Promise<AuditEntry[]>;
}
