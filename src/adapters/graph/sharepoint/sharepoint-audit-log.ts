import type { AuditEntry, AuditLog, AuditQuery } from '../../../app/ports';
import { ACCESS_ACTIONS, AUDIT_OUTCOMES, DECISION_BASES, DENY_REASONS } from '../../../domain';
import { FieldReader } from './field-codecs';
import { and, eq, lt, type ItemFilter } from './item-filter';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ColumnOf } from './schema';

const DEFAULT_LIMIT = 100;

type Fields = Readonly<Record<Exclude<ColumnOf<'audit'>, 'count'>, string | null>> & {
  Title: string;
  count: number | null;
};

function auditFields(entry: AuditEntry): Fields & FieldValues {
  return {
    Title: entry.action,
    at: entry.at,
    actorId: entry.actorId,
    subjectId: entry.subjectId,
    action: entry.action,
    recordId: entry.recordId ?? null,
    outcome: entry.outcome,
    basis: entry.outcome === 'denied' ? null : entry.basis,
    reason: entry.outcome === 'denied' ? entry.reason : null,
    count: entry.count ?? null,
  };
}

/** Newest first; entries of the same second in the order they were appended, newest first. */
const newestFirst = (a: ListItem, b: ListItem) =>
  String(b.fields.at).localeCompare(String(a.fields.at)) || Number(b.id) - Number(a.id);

/**
 * The audit trail in CareerAudit, one item per entry. Append-only by construction: this class
 * creates items and reads them, and removes them only to erase a person on request.
 */
export class SharePointAuditLog implements AuditLog {
  constructor(private readonly items: ListClient) {}

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
    const basis = r.choice('basis', DECISION_BASES);
    const reason = r.choice('reason', DENY_REASONS);
    const v = r.finish(this.items.onProblem, required);
    if (!v) return undefined;
    const base = {
      id: item.id,
      ...v,
      ...(recordId === undefined ? {} : { recordId }),
      ...(count === undefined || count <= 1 ? {} : { count }),
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
