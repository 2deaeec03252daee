import type { Result, TimeZoneId } from '../../../domain';
import type { AggregateError, AggregateReport } from '../../../domain/aggregates';
import type { UseCaseContext } from '../context';
import { aggregateOrganisation, findTop } from './read-cadence-aggregates';

/** Where the quarter is drawn when the organisation's time zone is not configured. */
export const DEFAULT_ORG_TIME_ZONE: TimeZoneId = 'UTC';

/** Counts a few minutes old answer HR's question as well as fresh ones. */
export const AGGREGATES_TTL_MS = 5 * 60_000;

type Report = Result<AggregateReport, AggregateError>;

interface Entry<T> {
  value: Promise<T>;
  expiresAt: number;
}

/**
 * The HR aggregates read the whole organisation (the directory, then every report's records), so
 * they are kept for a short while: by the top of the organisation and the day in the organisation's
 * time zone (the figures count the quarter up to today). The caller's own zone plays no part: one
 * organisation has one set of figures a day, so nobody can subtract one zone's from another's. Concurrent calls share one read. `clear` drops
 * everything; the API calls it after every successful write, so a change shows at once on this
 * instance, and other instances within the time to live.
 */
export class CadenceAggregatesCache {
  private readonly tops = new Map<string, Entry<string>>();
  private readonly reports = new Map<string, Entry<Report>>();

  constructor(
    private readonly orgTimeZone: TimeZoneId = DEFAULT_ORG_TIME_ZONE,
    private readonly ttlMs: number = AGGREGATES_TTL_MS,
  ) {}

  async read(ctx: UseCaseContext, input: { callerId: string }): Promise<Report> {
    const now = ctx.clock.now();
    const nowMs = now.epochMilliseconds;
    this.sweep(nowMs);
    const top = await this.remember(this.tops, input.callerId, nowMs, () =>
      findTop(ctx, input.callerId),
    );
    const day = now.toZonedDateTimeISO(this.orgTimeZone).toPlainDate().toString();
    const key = `${top}|${day}`;
    const report = await this.remember(this.reports, key, nowMs, () =>
      aggregateOrganisation(ctx, top, this.orgTimeZone),
    );
    // A refusal is not kept: the next call computes again.
    if (!report.ok) this.reports.delete(key);
    return report;
  }

  /** Forgets every kept answer (after a write). */
  clear(): void {
    this.tops.clear();
    this.reports.clear();
  }

  private remember<T>(
    entries: Map<string, Entry<T>>,
    key: string,
    nowMs: number,
    load: () => Promise<T>,
  ): Promise<T> {
    const kept = entries.get(key);
    if (kept && kept.expiresAt > nowMs) return kept.value;
    const value = load();
    const entry = { value, expiresAt: nowMs + this.ttlMs };
    entries.set(key, entry);
    // A failed read is not kept, so the next call tries again.
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    return value;
  }

  private sweep(nowMs: number): void {
    dropExpired(this.tops, nowMs);
    dropExpired(this.reports, nowMs);
  }
}

function dropExpired<T>(entries: Map<string, Entry<T>>, nowMs: number): void {
  for (const [key, entry] of entries) if (entry.expiresAt <= nowMs) entries.delete(key);
}
