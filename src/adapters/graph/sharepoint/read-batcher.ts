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
  // Per list and column: each value once (as SharePoint compares them), with the filter of the
  // first query that asked for it, so a lone query goes out exactly as asked.
  const groups = new Map<string, { list: ListKey; column: string; values: Map<string, Keyed> }>();
  const keyOf = (list: ListKey, column: string) => `${list}\u0000${column}`;
  for (const query of asked) {
    const key = query.filter.key;
    if (!key) continue;
    const name = keyOf(query.list, key.column);
    const group = groups.get(name) ?? { list: query.list, column: key.column, values: new Map() };
    groups.set(name, group);
    const compared = comparedAs(key.value);
    if (!group.values.has(compared))
      group.values.set(compared, { value: key.value, filter: query.filter });
  }
  const sentFor = new Map<string, number>();
  for (const [name, group] of groups) {
    const values = [...group.values.values()];
    for (let at = 0; at < values.length; at += KEYS_PER_QUERY) {
      const chunk = values.slice(at, at + KEYS_PER_QUERY);
      const [only] = chunk;
      const filter =
        chunk.length === 1 && only ? only.filter : or(...chunk.map((keyed) => keyed.filter));
      sent.push({ list: group.list, filter });
      for (const { value } of chunk)
        sentFor.set(`${name}\u0000${comparedAs(value)}`, sent.length - 1);
    }
  }
  for (const query of asked) {
    const key = query.filter.key;
    if (key) {
      const index = sentFor.get(`${keyOf(query.list, key.column)}\u0000${comparedAs(key.value)}`);
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

/** A value asked for, with the filter of the first query that asked for it. */
interface Keyed {
  value: string | number;
  filter: ItemFilter;
}

/** A value as `same` compares it: numbers by value, text without regard to letter case. */
const comparedAs = (value: string | number): string =>
  typeof value === 'number' ? `n:${String(value)}` : `s:${value.toLowerCase()}`;

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
