import type { ItemFilter } from './item-filter';
import { or } from './item-filter';
import type { ListItem } from './list-client';
import type { ListKey } from './schema';

export interface ListQuery {
  list: ListKey;
  filter: ItemFilter;
}

/**
 * Ids per `or` query. SharePoint caps the clauses of a `$filter` and Graph the length of a URL;
 * 15 keeps both far away, as the overdue-commitments query does.
 */
export const KEYS_PER_QUERY = 15;

/**
 * How long the first query waits for others: long enough for the requests a screen sends at once
 * (the report page's five) to share their reads, short against a Graph round trip (~100 ms).
 */
const GATHER_MS = 2;

interface Waiting extends ListQuery {
  resolve: (items: ListItem[]) => void;
  reject: (error: unknown) => void;
}

/** How a query that was asked maps onto a query that is sent, and picks its items back out. */
interface Share {
  sent: number;
  key?: { column: string; value: string | number };
}

const same = (stored: unknown, wanted: string | number): boolean =>
  typeof wanted === 'number'
    ? Number(stored) === wanted
    : // SharePoint compares text case-insensitively; the split must agree with the query.
      typeof stored === 'string' && stored.toLowerCase() === wanted.toLowerCase();

/**
 * Plans the queries asked in one tick as few as can be sent: `column eq value` queries on the
 * same list and column become one `or` query per KEYS_PER_QUERY values (still on the indexed
 * column each asked on), and each asker gets back only the items with its value.
 */
export function planQueries(asked: readonly ListQuery[]): { sent: ListQuery[]; shares: Share[] } {
  const sent: ListQuery[] = [];
  const shares: Share[] = [];
  const groups = new Map<string, { list: ListKey; column: string; values: (string | number)[] }>();
  const keyOf = (list: ListKey, column: string) => `${list}\u0000${column}`;
  for (const query of asked) {
    const key = query.filter.key;
    if (!key) continue;
    const group = groups.get(keyOf(query.list, key.column)) ?? {
      list: query.list,
      column: key.column,
      values: [],
    };
    if (!group.values.some((v) => v === key.value || same(v, key.value))) {
      group.values.push(key.value);
    }
    groups.set(keyOf(query.list, key.column), group);
  }
  const sentFor = new Map<string, number>();
  for (const [name, group] of groups) {
    for (let at = 0; at < group.values.length; at += KEYS_PER_QUERY) {
      const values = group.values.slice(at, at + KEYS_PER_QUERY);
      const filters = values.map((value) => eqFilter(asked, group.list, group.column, value));
      const [only] = filters;
      sent.push({ list: group.list, filter: filters.length === 1 && only ? only : or(...filters) });
      for (const value of values) sentFor.set(`${name}\u0000${String(value)}`, sent.length - 1);
    }
  }
  for (const query of asked) {
    const key = query.filter.key;
    if (key) {
      const index = sentFor.get(`${keyOf(query.list, key.column)}\u0000${String(key.value)}`);
      if (index !== undefined) {
        shares.push({ sent: index, key });
        continue;
      }
    }
    sent.push({ list: query.list, filter: query.filter });
    shares.push({ sent: sent.length - 1 });
  }
  return { sent, shares };
}

/** The asker's own filter for the value (so a lone query goes out exactly as asked). */
function eqFilter(
  asked: readonly ListQuery[],
  list: ListKey,
  column: string,
  value: string | number,
): ItemFilter {
  const found = asked.find(
    (q) => q.list === list && q.filter.key?.column === column && q.filter.key.value === value,
  );
  if (!found) throw new Error('planQueries: a value without its query');
  return found.filter;
}

/** The items of a sent query that answer one asker. */
export function pickShare(share: Share, items: readonly ListItem[]): ListItem[] {
  const key = share.key;
  if (!key) return [...items];
  return items.filter((item) => same(item.fields[key.column], key.value));
}

/**
 * Collects the list queries started in the same tick (the team overview asks 8 lists about every
 * report at once) and sends them together: merged by `planQueries`, in one `$batch` of up to 20
 * (more run as parallel batches). A failed query fails only the askers it answers.
 */
export class ReadBatcher {
  private waiting: Waiting[] = [];

  constructor(
    private readonly send: (
      queries: readonly ListQuery[],
    ) => Promise<PromiseSettledResult<ListItem[]>[]>,
  ) {}

  query(list: ListKey, filter: ItemFilter): Promise<ListItem[]> {
    return new Promise<ListItem[]>((resolve, reject) => {
      this.waiting.push({ list, filter, resolve, reject });
      if (this.waiting.length === 1) setTimeout(() => void this.flush(), GATHER_MS);
    });
  }

  private async flush(): Promise<void> {
    const asked = this.waiting;
    this.waiting = [];
    const plan = planQueries(asked);
    let results: PromiseSettledResult<ListItem[]>[];
    try {
      results = await this.send(plan.sent);
    } catch (error) {
      for (const query of asked) query.reject(error);
      return;
    }
    asked.forEach((query, i) => {
      const share = plan.shares[i];
      const result = share === undefined ? undefined : results[share.sent];
      if (!share || !result) query.reject(new Error('A list query was not answered.'));
      else if (result.status === 'rejected') query.reject(result.reason);
      else query.resolve(pickShare(share, result.value));
    });
  }
}
