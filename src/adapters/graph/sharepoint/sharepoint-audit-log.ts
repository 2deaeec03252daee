import type { AuditEntry, AuditLog, AuditQuery } from '../../../app/ports';
import {
  ACCESS_ACTIONS,
  AUDIT_OUTCOMES,
  DECISION_BASES,
  DENY_REASONS,
  isSummarisedRead,
  mergeReads,
  readDayKey,
} from '../../../domain';
import { FieldReader } from './field-codecs';
import { and, eq, lt, type ItemFilter } from './item-filter';
import { KeyedItems } from './keyed-items';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ColumnOf } from './schema';

const DEFAULT_LIMIT = 100;
/** Other servers counting the same day's items at once: each lost race reads again. */
const MAX_ATTEMPTS = 5;

type Fields = Readonly<Record<Exclude<ColumnOf<'audit'>, 'count'>, string | null>> & {
  Title: string;
  count: number | null;
};

/** What counting a read changes in its day's item. */
const countFields = (entry: AuditEntry) => ({
  at: entry.at,
  firstAt: entry.firstAt ?? null,
  count: entry.count ?? null,
});

/** A created day's item, until it is known to be the only one of its key. */
interface Created {
  read: AuditEntry;
  itemId: string;
}

function auditFields(entry: AuditEntry): Fields & FieldValues {
  return {
    Title: entry.action,
    actorId: entry.actorId,
    subjectId: entry.subjectId,
    action: entry.action,
    recordId: entry.recordId ?? null,
    outcome: entry.outcome,
    basis: entry.outcome === 'denied' ? null : entry.basis,
    reason: entry.outcome === 'denied' ? entry.reason : null,
    ...countFields(entry),
    dayKey: isSummarisedRead(entry) ? readDayKey(entry) : null,
  };
}

/** Newest first; entries of the same second in the order they were appended, newest first. */
const newestFirst = (a: ListItem, b: ListItem) =>
  String(b.fields.at).localeCompare(String(a.fields.at)) || Number(b.id) - Number(a.id);

/**
 * The audit trail in CareerAudit: one item per change, and one per day for the same read, its
 * count raised in place with If-Match (found by the indexed `dayKey`). This class never changes
 * anything else, and removes items only to erase a person on request.
 */
export class SharePointAuditLog implements AuditLog {
  private readonly days: KeyedItems;

  constructor(private readonly items: ListClient) {
    this.days = new KeyedItems(items, 'audit', 'dayKey', 'audit entry');
  }

  async append(entry: AuditEntry): Promise<void> {
    await this.items.createItem('audit', auditFields(entry));
  }

  /** One create step each, sent as `$batch`es of 20 that run in parallel. */
  async appendAll(entries: readonly AuditEntry[]): Promise<AuditEntry[]> {
    const outcomes = await this.items.run(
      entries.map((entry, i) => this.items.create('audit', `a${String(i)}`, auditFields(entry))),
    );
    return entries.filter((_, i) => outcomes.get(`a${String(i)}`).error !== undefined);
  }

  /**
   * Reads merged per day first, then per attempt one lookup of their days' items (queries asked
   * together go out as one `$batch` of `or` queries on `dayKey`) and one `$batch` of writes: a
   * create for a new day, an If-Match update of the count for one that exists. An update another
   * server beat (412) reads again; anything else failed is answered back to retry later.
   */
  async recordReads(entries: readonly AuditEntry[]): Promise<AuditEntry[]> {
    const reads = new Map<string, AuditEntry>();
    const others: AuditEntry[] = [];
    for (const entry of entries) {
      if (!isSummarisedRead(entry)) {
        others.push(entry);
        continue;
      }
      const key = readDayKey(entry);
      const held = reads.get(key);
      reads.set(key, held ? mergeReads(held, entry) : entry);
    }
    const [notAppended, notCounted] = await Promise.all([
      others.length > 0 ? this.appendAll(others) : Promise.resolve([]),
      this.countReads([...reads.values()]),
    ]);
    return [...notAppended, ...notCounted];
  }

  private async countReads(reads: readonly AuditEntry[]): Promise<AuditEntry[]> {
    const refused: AuditEntry[] = [];
    let pending = reads;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS && pending.length > 0; attempt += 1) {
      const round = await this.countOnce(pending);
      refused.push(...round.refused);
      pending = round.lostRace;
    }
    return [...refused, ...pending];
  }

  private async countOnce(
    reads: readonly AuditEntry[],
  ): Promise<{ refused: AuditEntry[]; lostRace: AuditEntry[] }> {
    const found = await Promise.all(reads.map((read) => this.days.find(readDayKey(read))));
    const outcomes = await this.items.run(
      reads.map((read, i) => {
        const item = found[i];
        const step = `r${String(i)}`;
        if (!item) return this.items.create('audit', step, auditFields(read));
        // An unreadable item is counted afresh rather than left to block the day.
        const stored = this.entry(item);
        const counted = stored ? mergeReads(stored, read) : read;
        return this.items.patch('audit', step, item.id, countFields(counted), {
          ifMatch: item.etag,
        });
      }),
    );
    const refused: AuditEntry[] = [];
    const lostRace: AuditEntry[] = [];
    const created: Created[] = [];
    reads.forEach((read, i) => {
      const outcome = outcomes.get(`r${String(i)}`);
      if (outcome.status === 412) lostRace.push(read);
      else if (outcome.error) refused.push(read);
      else if (!found[i])
        created.push({ read, itemId: this.items.createdItem('audit', outcome).id });
    });
    lostRace.push(...(await this.keepOldest(created)));
    return { refused, lostRace };
  }

  /**
   * Two servers can create the same day's item at once (the key is not unique: see the schema).
   * The oldest item of a key is the one everybody counts into, so a newer one is removed and its
   * reads answered back to be counted into the oldest; nobody counted into it, as anyone who found
   * it found the older one too.
   */
  private async keepOldest(created: readonly Created[]): Promise<AuditEntry[]> {
    if (created.length === 0) return [];
    const oldest = await Promise.all(created.map((c) => this.days.find(readDayKey(c.read))));
    const newer = created.filter((c, i) => {
      const first = oldest[i];
      return first !== undefined && first.id !== c.itemId;
    });
    const outcomes = await this.items.run(
      newer.map((c, i) => this.items.remove('audit', `x${String(i)}`, c.itemId)),
    );
    // Not removed: it stays a second item of the day, its reads counted there.
    return newer
      .filter((_, i) => outcomes.get(`x${String(i)}`).error === undefined)
      .map((c) => c.read);
  }

  listForSubject(subjectId: string, query: AuditQuery = {}): Promise<AuditEntry[]> {
    return this.newest('subjectId', subjectId, query);
  }

  listByActor(actorId: string, query: AuditQuery = {}): Promise<AuditEntry[]> {
    return this.newest('actorId', actorId, query);
  }

  /** Every entry about the person, across pages, removed in `$batch` steps of 20. */
  async eraseSubject(subjectId: string): Promise<void> {
    const found = await this.items.query('audit', eq('subjectId', subjectId));
    const outcomes = await this.items.run(
      found.map((item, i) => this.items.remove('audit', `d${String(i)}`, item.id)),
    );
    // 404: already gone (two erasures at once); anything else leaves entries behind.
    const failed = [...outcomes.byId.values()].find((o) => o.error && o.status !== 404);
    if (failed?.error) throw failed.error;
  }

  /**
   * A page in the order (`at`, then item id) newest first, by keyset rather than SharePoint's skip
   * token (which a client could not be handed). SharePoint sorts on the indexed `at` only, so the
   * seconds at the page's edges are read whole: the rest of the second the last page ended in,
   * and the whole second of the oldest entry found, which the `$top` may have cut anywhere. A
   * second holds few entries about one person.
   */
  private async newest(
    column: 'subjectId' | 'actorId',
    personId: string,
    query: AuditQuery,
  ): Promise<AuditEntry[]> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    if (limit < 1) return [];
    const person = eq(column, personId);
    const { after } = query;
    const [older, restOfSecond] = await Promise.all([
      this.items.queryTop(
        'audit',
        after ? and(person, lt('at', after.at)) : person,
        { column: 'at', descending: true },
        limit,
      ),
      after ? this.second(person, after.at) : Promise.resolve([]),
    ]);
    const found = new Map<string, ListItem>();
    const add = (items: readonly ListItem[]) => {
      for (const item of items) found.set(item.id, item);
    };
    add(older);
    add(restOfSecond.filter((item) => Number(item.id) < Number(after?.id)));
    const edge = older
      .map((item) => String(item.fields.at))
      .reduce<string | undefined>(
        (min, at) => (min === undefined || at < min ? at : min),
        undefined,
      );
    if (older.length >= limit && edge !== undefined) add(await this.second(person, edge));
    return [...found.values()]
      .sort(newestFirst)
      .slice(0, limit)
      .flatMap((item) => this.entry(item) ?? []);
  }

  private second(person: ItemFilter, at: string): Promise<ListItem[]> {
    return this.items.query('audit', and(person, eq('at', at)));
  }

  private entry(item: ListItem): AuditEntry | undefined {
    const r = new FieldReader('audit', item.id, item.fields);
    const required = {
      at: r.instant('at'),
      actorId: r.text('actorId'),
      subjectId: r.text('subjectId'),
      action: r.choice('action', ACCESS_ACTIONS),
      outcome: r.choice('outcome', AUDIT_OUTCOMES),
    };
    const recordId = r.text('recordId');
    const count = r.number('count');
    const firstAt = r.instant('firstAt');
    const basis = r.choice('basis', DECISION_BASES);
    const reason = r.choice('reason', DENY_REASONS);
    const v = r.finish(this.items.onProblem, required);
    if (!v) return undefined;
    const base = {
      id: item.id,
      ...v,
      ...(recordId === undefined ? {} : { recordId }),
      ...(count === undefined || count <= 1 ? {} : { count }),
      ...(firstAt === undefined || count === undefined || count <= 1 ? {} : { firstAt }),
    };
    if (v.outcome === 'denied') {
      if (reason !== undefined) return { ...base, outcome: 'denied', reason };
    } else if (basis !== undefined) {
      return { ...base, outcome: v.outcome, basis };
    }
    this.items.onProblem({
      list: 'audit',
      itemId: item.id,
      field: v.outcome === 'denied' ? 'reason' : 'basis',
      problem: 'required value missing',
      action: 'skipped',
    });
    return undefined;
  }
}
