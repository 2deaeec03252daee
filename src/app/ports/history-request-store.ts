import type { IsoInstant } from '../../domain';
import type { Versioned } from './stores';

export const HISTORY_REQUEST_STATES = ['pending', 'shared', 'declined'] as const;
export type HistoryRequestState = (typeof HISTORY_REQUEST_STATES)[number];

/**
 * A new manager asking the report to share what was recorded before them. It carries no content,
 * only who asked whom, when, and the report's answer; sharing is the report's consent (a
 * `ConsentRecord`), the request only says it was asked for.
 */
export interface HistoryRequest {
  id: string;
  reportId: string;
  managerId: string;
  askedAt: IsoInstant;
  state: HistoryRequestState;
  answeredAt?: IsoInstant;
}

export interface HistoryRequestStore {
  /** Every request made to the report, answered ones included, oldest first. */
  listForReport(reportId: string): Promise<Versioned<HistoryRequest>[]>;
  /** One request per report and manager: a second fails with `conflict`, even in a race. */
  create(request: HistoryRequest): Promise<Versioned<HistoryRequest>>;
  /** Conditional on the etag read; a stale etag fails with `conflict`, a missing one `not-found`. */
  update(request: HistoryRequest, expectedEtag: string): Promise<Versioned<HistoryRequest>>;
  /** Erasure. */
  removeAll(reportId: string): Promise<void>;
}
