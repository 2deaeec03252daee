import type { AuditEntry, AuditLog, AuditQuery } from '../../../app/ports';
import { ACCESS_ACTIONS, DECISION_BASES, DENY_REASONS } from '../../../domain';
import { FieldReader } from './field-codecs';
import { eq } from './item-filter';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ColumnOf } from './schema';

const DEFAULT_LIMIT = 100;

type Fields = Readonly<Record<ColumnOf<'audit'>, string | null>> & { Title: string };

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

  private async newest(
    column: 'subjectId' | 'actorId',
    personId: string,
    query: AuditQuery,
  ): Promise<AuditEntry[]> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    if (limit < 1) return [];
    const found = await this.items.queryTop(
      'audit',
      eq(column, personId),
      { column: 'at', descending: true },
      limit,
    );
    return [...found].sort(newestFirst).flatMap((item) => this.entry(item) ?? []);
  }

  private entry(item: ListItem): AuditEntry | undefined {
    const r = new FieldReader('audit', item.id, item.fields);
    const required = {
      at: r.instant('at'),
      actorId: r.text('actorId'),
      subjectId: r.text('subjectId'),
      action: r.choice('action', ACCESS_ACTIONS),
      outcome: r.choice('outcome', ['allowed', 'failed', 'denied'] as const),
    };
    const recordId = r.text('recordId');
    const basis = r.choice('basis', DECISION_BASES);
    const reason = r.choice('reason', DENY_REASONS);
    const v = r.finish(this.items.onProblem, required);
    if (!v) return undefined;
    const base = { id: item.id, ...v, ...(recordId === undefined ? {} : { recordId }) };
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
