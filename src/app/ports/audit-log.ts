import type { AuditEntry } from '../../domain/access';

export type { AuditEntry };

export interface AuditQuery {
  /** Newest first; at most this many (default 100). */
  limit?: number;
  /**
   * The next page: only entries listed after this one (older, or of the same second and
   * appended before it). It is an entry the same list returned, so it has the store's id.
   */
  after?: AuditPosition;
}

/** Where a page ended: the last entry's time and id. */
export interface AuditPosition {
  at: AuditEntry['at'];
  id: string;
}

/**
 * The audit trail: who did what to whose data. Entries hold ids and codes only (see `auditEntry`),
 * never content. Changes and refusals are appended and never changed; reads are counted into one
 * entry per day (`recordReads`, `readDayKey`). The one way to remove entries is `eraseSubject`, for
 * erasure on request.
 */
export interface AuditLog {
  /** Stores the entry; the store gives it its id. */
  append(entry: AuditEntry): Promise<void>;
  /**
   * Stores several entries in as few requests as the store allows; answers with the ones it
   * could not store (none when all went in), so the caller retries exactly those.
   */
  appendAll(entries: readonly AuditEntry[]): Promise<AuditEntry[]>;
  /**
   * Counts reads into the entry of their day (`readDayKey`): the first read of the day creates it,
   * later ones add their `count` (1 when absent) and move its last time (`at`) on, keeping the
   * first (`firstAt`). Two servers counting the same entry at once both count. Entries that are
   * not summarised reads (`isSummarisedRead`: changes, refusals) are appended one each. Answers,
   * like `appendAll`, with the entries it could not store, so the caller retries exactly those.
   */
  recordReads(entries: readonly AuditEntry[]): Promise<AuditEntry[]>;
  /** Accesses to this person's data, newest first (a day's reads by the time of the last one). */
  listForSubject(subjectId: string, query?: AuditQuery): Promise<AuditEntry[]>;
  /** What this person did, newest first. */
  listByActor(actorId: string, query?: AuditQuery): Promise<AuditEntry[]>;
  /**
   * Erasure: removes every entry about this person (`subjectId`). Entries in which they acted on
   * someone else's data stay, because they belong to that other person's trail. The caller
   * appends the entry recording the erasure itself afterwards.
   */
  eraseSubject(subjectId: string): Promise<void>;
}
