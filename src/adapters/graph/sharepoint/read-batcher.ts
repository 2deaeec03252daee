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
  const groups = new Map<string, { list: ListKey; values: Map<string, Keyed> }>();
  // Each asker's list, column and value as one text, worked out once: hundreds of askers may
  // share a tick (every caller of an overview asks about the same reports).
  const valueKeys = asked.map((query) => {
    const key = query.filter.key;
    if (!key) return undefined;
    const name = `${query.list}\u0000${key.column}`;
    const group = groups.get(name) ?? { list: query.list, values: new Map<string, Keyed>() };
    groups.set(name, group);
    const compared = comparedAs(key.value);
    if (!group.values.has(compared))
      group.values.set(compared, { value: key.value, filter: query.filter });
    return `${name}\u0000${compared}`;
  });
  const sentFor = new Map<string, number>();
  for (const [name, group] of groups) {
    const values = [...group.values];
    for (let at = 0; at < values.length; at += KEYS_PER_QUERY) {
      const chunk = values.slice(at, at + KEYS_PER_QUERY);
      const [only] = chunk;
      const filter =
        chunk.length === 1 && only ? only[1].filter : or(...chunk.map(([, keyed]) => keyed.filter));
      sent.push({ list: group.list, filter });
      for (const [compared] of chunk) sentFor.set(`${name}\u0000${compared}`, sent.length - 1);
    }
  }
  asked.forEach((query, i) => {
    const valueKey = valueKeys[i];
    const index = valueKey === undefined ? undefined : sentFor.get(valueKey);
    const key = query.filter.key;
    if (index !== undefined && key) {
      shares.push({ sent: index, key });
      return;
    }
    sent.push({ list: query.list, filter: query.filter });
    shares.push({ sent: sent.length - 1 });
  });
  return { sent, shares };
}

/** A value asked for, with the filter of the first query that asked for it. */
interface Keyed {
  value: string | number;
  filter: ItemFilter;
}

/**
 * A value as the split compares it: numbers by value, text without regard to letter case (as
 * SharePoint compares text; the split must agree with the query).
 */
const comparedAs = (value: string | number): string =>
  typeof value === 'number' ? `n:${String(value)}` : `s:${value.toLowerCase()}`;

/** A stored field as `comparedAs` gives a wanted value of the same kind; undefined: never equal. */
function storedAs(stored: unknown, kind: 'number' | 'string'): string | undefined {
  if (kind === 'string') return typeof stored === 'string' ? comparedAs(stored) : undefined;
  const value = Number(stored);
  return Number.isNaN(value) ? undefined : comparedAs(value);
}

/**
 * Picks the items of one sent query that answer each of its askers, in the answer's order. The
 * items are sorted out by value once per column and kind, not once per asker.
 */
export function sharePicker(items: readonly ListItem[]): (share: Share) => ListItem[] {
  const indexes = new Map<string, Map<string, ListItem[]>>();
  const indexOf = (column: string, kind: 'number' | 'string') => {
    const name = `${kind}\u0000${column}`;
    let index = indexes.get(name);
    if (index) return index;
    index = new Map();
    for (const item of items) {
      const value = storedAs(item.fields[column], kind);
      if (value === undefined) continue;
      const same = index.get(value);
      if (same) same.push(item);
      else index.set(value, [item]);
    }
    indexes.set(name, index);
    return index;
  };
  return (share) => {
    const key = share.key;
    if (!key) return [...items];
    const kind = typeof key.value === 'number' ? 'number' : 'string';
    return [...(indexOf(key.column, kind).get(comparedAs(key.value)) ?? [])];
  };
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
    const pickers = new Map<number, (share: Share) => ListItem[]>();
    asked.forEach((query, i) => {
      const share = plan.shares[i];
      const result = share === undefined ? undefined : results[share.sent];
      if (!share || !result) query.reject(new Error('A list query was not answered.'));
      else if (result.status === 'rejected') query.reject(result.reason);
      else {
        let pick = pickers.get(share.sent);
        if (!pick) {
          pick = sharePicker(result.value);
          pickers.set(share.sent, pick);
        }
        query.resolve(pick(share));
      }
    });
  }
}
