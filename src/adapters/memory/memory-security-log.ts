import type { Refusal, RefusalCount, RefusalQuery, SecurityLog } from '../../app/ports';
import { refusalHour } from '../../domain';

const DEFAULT_LIMIT = 500;

const rowKey = (hour: string, r: Refusal) =>
  [hour, r.actorId, r.subjectId, r.action, r.reason].join('#');

/** The security log in memory (tests and the local stack): one counted row per key and hour. */
export class MemorySecurityLog implements SecurityLog {
  private rows = new Map<string, RefusalCount>();

  recordRefusal(refusal: Refusal): Promise<void> {
    const hour = refusalHour(refusal.at);
    const key = rowKey(hour, refusal);
    const row = this.rows.get(key);
    const { at, ...who } = refusal;
    this.rows.set(key, {
      hour,
      ...who,
      count: (row?.count ?? 0) + 1,
      lastAt: row && row.lastAt > at ? row.lastAt : at,
    });
    return Promise.resolve();
  }

  listRefusals(query: RefusalQuery): Promise<RefusalCount[]> {
    const since = refusalHour(query.since);
    const rows = [...this.rows.values()]
      .filter((row) => row.hour >= since)
      .sort((a, b) => b.hour.localeCompare(a.hour) || b.lastAt.localeCompare(a.lastAt));
    return Promise.resolve(rows.slice(0, query.limit ?? DEFAULT_LIMIT));
  }

  eraseSubject(subjectId: string): Promise<void> {
    for (const [key, row] of this.rows) if (row.subjectId === subjectId) this.rows.delete(key);
    return Promise.resolve();
  }
}
