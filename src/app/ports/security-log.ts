import type { IsoInstant, Refusal } from '../../domain';

export type { Refusal };

/**
 * The refusals of one actor about one subject, for one action and reason, within one UTC hour.
 * Ids and codes only: a refusal carries no content to keep.
 */
export interface RefusalCount {
  /** The start of the hour (`refusalHour`). */
  hour: IsoInstant;
  actorId: string;
  subjectId: string;
  action: Refusal['action'];
  reason: Refusal['reason'];
  count: number;
  /** The latest refusal counted. */
  lastAt: IsoInstant;
}

export interface RefusalQuery {
  /** Hours that start at or after this instant's hour. */
  since: IsoInstant;
  /** Newest hour first; at most this many rows (default 500). */
  limit?: number;
}

/**
 * Where refused requests are counted, apart from the audit trail: anyone can be refused as often
 * as they like, and a row per refusal would let them bury real reads in another person's trail.
 * A flood costs one row per hour. Operators read it; the person's own trail shows real accesses.
 */
export interface SecurityLog {
  /** Adds one to the refusal's row for its hour (creating the row with 1). */
  recordRefusal(refusal: Refusal): Promise<void>;
  listRefusals(query: RefusalQuery): Promise<RefusalCount[]>;
  /** Erasure: removes the rows about this person (`subjectId`), as the audit trail does. */
  eraseSubject(subjectId: string): Promise<void>;
}
