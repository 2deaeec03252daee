import type { IsoInstant } from '../../domain';

/** The start of a stint the API did not see begin. */
export const UNKNOWN_START: IsoInstant = '1970-01-01T00:00:00Z';

/** A stretch of time in which one manager managed a report, as the API saw it in the directory. */
export interface ManagerStint {
  managerId: string;
  since: IsoInstant;
  /** When the API first saw someone else (or no one) as the manager. */
  until?: IsoInstant;
}

/**
 * Entra ID says who the manager is now, not since when. The API keeps what it observes, so a new
 * manager's access to what was recorded before them follows the report's consent.
 */
export interface ManagerHistory {
  /** Oldest first. */
  stints(reportId: string): Promise<ManagerStint[]>;
  /**
   * Records that the directory shows `managerId` (undefined: no manager) at `at`. A change ends
   * the open stint and opens a new one at `at`; the same manager again changes nothing. For a
   * report's first stint the caller passes the best start it knows (`UNKNOWN_START` when the
   * manager may have been there for years).
   */
  observe(reportId: string, managerId: string | undefined, at: IsoInstant): Promise<ManagerStint[]>;
  /** Erasure. */
  removeAll(reportId: string): Promise<void>;
}
