import type { AuditLog, Directory, ManagerHistory, NudgeStore, SecurityLog } from '../app/ports';
import type { CareerStores, Leftover, NudgeJob } from '../app/career-api';
import type { Clock, TimeZoneId } from '../domain';
import type { TokenVerifier } from './auth/verify-token';
import type { SetupHealth } from '../app/api-schemas/hr';
import type { RateLimit } from './http/rate-limit';

/** Where the API writes what it cannot tell the caller (unexpected errors, refused tokens). */
export interface ServerLog {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export const consoleLog: ServerLog = {
  info: (message, details) => {
    console.info(`[career-api] ${message}`, details ?? '');
  },
  warn: (message, details) => {
    console.warn(`[career-api] ${message}`, details ?? '');
  },
  error: (message, details) => {
    console.error(`[career-api] ${message}`, details ?? '');
  },
};

/** Everything the API runs on, injected: tests pass memory stores, production the Graph ones. */
export interface CareerApiDeps {
  verifier: TokenVerifier;
  /** Application-permission directory (User.Read.All): managers and reports of anyone. */
  directory: Directory;
  stores: CareerStores;
  managerHistory: ManagerHistory;
  audit: AuditLog;
  /** Refused requests, counted per actor, subject and hour. */
  security: SecurityLog;
  clock: Clock;
  /** Browser origins allowed to call the API (the web app's). */
  appOrigins: readonly string[];
  /** Checks the SharePoint site, lists, indexes and permission (HR's setup health). */
  setupHealth?: () => Promise<SetupHealth>;
  newId?: () => string;
  log?: ServerLog;
  /**
   * How long a looked-up manager is trusted for reads (default READ_CACHE_MS, 10 s). Anything
   * that changes data asks the directory live whatever this says.
   */
  managerCacheTtlMs?: number;
  /** What the storage keeps after removing a record, for the erasure receipt (SharePoint's). */
  storageLeftovers?: readonly Leftover[];
  /** Per signed-in person (default `DEFAULT_RATE_LIMIT`); false turns the limit off. */
  rateLimit?: RateLimit | false;
  /**
   * The organisation's time zone (ORG_TIME_ZONE, default UTC): HR aggregates draw the quarter and
   * judge "on time" in it, whatever zone the caller is in.
   */
  orgTimeZone?: TimeZoneId;
  /** How long HR aggregates are kept (default 5 minutes); 0 keeps nothing. */
  aggregatesCacheTtlMs?: number;
  /** Largest request body accepted (default 64 KiB). */
  maxBodyBytes?: number;
  /**
   * Nudges in Teams: what was sent and who switched what off (`store`, which the preference
   * endpoints need), and the job that sends them (absent: the job does nothing).
   */
  nudges: { store: NudgeStore; job?: Omit<NudgeJob, 'store'> };
  /** For the OpenAPI description's sign-in details. */
  openApi?: { apiClientId: string; authority: string };
}
