import type { IsoInstant } from '../../domain';
import type { Versioned } from './stores';

/**
 * A report's permission for a manager to see the records made before that manager took over:
 * conversations and contract versions agreed with the previous manager. The report grants it and
 * can revoke it at any time; revoked grants stay on record, so the history of consent is kept.
 */
export interface ConsentRecord {
  id: string;
  reportId: string;
  managerId: string;
  grantedAt: IsoInstant;
  revokedAt?: IsoInstant;
}

export interface ConsentStore {
  /** Every grant for the report, revoked ones included, oldest first. */
  listForReport(reportId: string): Promise<Versioned<ConsentRecord>[]>;
  /** Fails with `conflict` when an unrevoked grant for the same manager exists. */
  create(consent: ConsentRecord): Promise<Versioned<ConsentRecord>>;
  /** Conditional on the etag read; a stale etag fails with `conflict`. */
  update(consent: ConsentRecord, expectedEtag: string): Promise<Versioned<ConsentRecord>>;
  /** Erasure. */
  removeAll(reportId: string): Promise<void>;
}
