import {
  PortError,
  type Refusal,
  type RefusalCount,
  type RefusalQuery,
  type SecurityLog,
} from '../../../app/ports';
import { ACCESS_ACTIONS, DENY_REASONS, refusalHour, type IsoInstant } from '../../../domain';
import { FieldReader } from './field-codecs';
import { eq, ge } from './item-filter';
import { KeyedItems } from './keyed-items';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ColumnOf } from './schema';

const DEFAULT_LIMIT = 500;
/** Other instances counting the same row at once: each lost race reads again. */
const MAX_ATTEMPTS = 5;

type Fields = Readonly<Record<ColumnOf<'refusals'>, string | number>> & { Title: string };

/** Refusals of one row not yet written, and the write that will carry them. */
interface Pending {
  key: string;
  hour: IsoInstant;
  refusal: Refusal;
  count: number;
  lastAt: IsoInstant;
  written: Promise<void>;
}

const rowKey = (hour: IsoInstant, r: Refusal) =>
  [hour, r.actorId, r.subjectId, r.action, r.reason].join('#');

const later = (a: IsoInstant, b: IsoInstant) => (a > b ? a : b);

/**
 * The security log in CareerRefusals: one item per actor, subject, action, reason and hour, its
 * count raised with If-Match. Refusals arriving while their row is being written wait and go in
 * the next write together, so a burst from one person costs a few writes, not one each, and the
 * instance does not race itself for the row's eTag; other instances' races are retried.
 */
export class SharePointSecurityLog implements SecurityLog {
  private readonly keyed: KeyedItems;
  private readonly waiting = new Map<string, Pending>();
  private readonly writing = new Map<string, Promise<void>>();

  constructor(private readonly items: ListClient) {
    this.keyed = new KeyedItems(items, 'refusals', 'refusalKey', 'refusal count');
  }

  recordRefusal(refusal: Refusal): Promise<void> {
    const hour = refusalHour(refusal.at);
    const key = rowKey(hour, refusal);
    const waiting = this.waiting.get(key);
    if (waiting) {
      waiting.count += 1;
      waiting.lastAt = later(waiting.lastAt, refusal.at);
      return waiting.written;
    }
    const pending: Pending = {
      key,
      hour,
      refusal,
      count: 1,
      lastAt: refusal.at,
      written: Promise.resolve(),
    };
    const write = () => {
      this.waiting.delete(key);
      return this.add(pending);
    };
    // After the write in flight for the row, whether it worked or not (its callers hear of it).
    const written = (this.writing.get(key) ?? Promise.resolve()).then(write, write);
    pending.written = written;
    this.waiting.set(key, pending);
    this.writing.set(key, written);
    const forget = () => {
      if (this.writing.get(key) === written) this.writing.delete(key);
    };
    written.then(forget, forget);
    return written;
  }

  async listRefusals(query: RefusalQuery): Promise<RefusalCount[]> {
    const found = await this.items.queryTop(
      'refusals',
      ge('hour', refusalHour(query.since)),
      { column: 'hour', descending: true },
      query.limit ?? DEFAULT_LIMIT,
    );
    return found
      .flatMap((item) => this.row(item) ?? [])
      .sort((a, b) => b.hour.localeCompare(a.hour) || b.lastAt.localeCompare(a.lastAt));
  }

  eraseSubject(subjectId: string): Promise<void> {
    return this.keyed.removeWhere(eq('subjectId', subjectId));
  }

  private async add(pending: Pending): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.addOnce(pending);
        return;
      } catch (error) {
        const lostRace = error instanceof PortError && error.kind === 'conflict';
        if (!lostRace || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** Creates the row (its key is unique: a second creator gets a conflict) or raises its count. */
  private async addOnce(pending: Pending): Promise<void> {
    const found = await this.keyed.find(pending.key);
    const stored = found && this.row(found);
    if (!found) {
      await this.keyed.create(pending.key, this.fields(pending, pending.count, pending.lastAt));
      return;
    }
    // An unreadable row is counted afresh rather than left to block the hour.
    const count = (stored?.count ?? 0) + pending.count;
    const lastAt = stored ? later(stored.lastAt, pending.lastAt) : pending.lastAt;
    await this.items.updateItem('refusals', found.id, { timesRefused: count, lastAt }, found.etag);
  }

  private fields(pending: Pending, count: number, lastAt: IsoInstant): Fields & FieldValues {
    const { refusal } = pending;
    return {
      Title: refusal.action,
      refusalKey: pending.key,
      hour: pending.hour,
      actorId: refusal.actorId,
      subjectId: refusal.subjectId,
      action: refusal.action,
      reason: refusal.reason,
      timesRefused: count,
      lastAt,
    };
  }

  private row(item: ListItem): RefusalCount | undefined {
    const r = new FieldReader('refusals', item.id, item.fields);
    return r.finish(this.items.onProblem, {
      hour: r.instant('hour'),
      actorId: r.text('actorId'),
      subjectId: r.text('subjectId'),
      action: r.choice('action', ACCESS_ACTIONS),
      reason: r.choice('reason', DENY_REASONS),
      count: r.integer('timesRefused'),
      lastAt: r.instant('lastAt'),
    });
  }
}
