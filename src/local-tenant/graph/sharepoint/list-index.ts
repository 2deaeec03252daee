import type { FilterNode } from '../../core/odata-filter';
import {
  comparable,
  ID_FIELD,
  storedValue,
  type Comparable,
  type QueryField,
} from './query-values';
import type { ListItem, SharePointList } from './state';

/**
 * The indexes SharePoint keeps for a list's indexed columns (and its ID), kept here in memory so a
 * query on indexed columns reads the matching rows rather than scanning the list: the local
 * tenant then answers at 500,000 items about as fast as at 100, and a scale drill measures the
 * product, not a linear scan. Derived state, never saved: built on a list's first indexed query,
 * kept up to date by the item handlers (`indexItemAdded`, `reindexItem`, `indexItemRemoved`), and
 * rebuilt when the list's indexed columns change or its item count says a change went unseen.
 */
type Key = Exclude<Comparable, null>;
export type IndexedOp = 'eq' | 'gt' | 'ge' | 'lt' | 'le';

function compareKeys(a: Key, b: Key): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Binary search: the first position in sorted `keys` whose key is not `below` `key`. */
function search(keys: readonly Key[], key: Key, below: (order: number) => boolean): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (below(compareKeys(keys[middle] as Key, key))) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first position whose key is `key` or after it. */
const firstNotBefore = (keys: readonly Key[], key: Key): number =>
  search(keys, key, (order) => order < 0);

/** The first position whose key is after `key`. */
const firstAfter = (keys: readonly Key[], key: Key): number =>
  search(keys, key, (order) => order <= 0);

class ColumnIndex {
  private readonly byKey = new Map<Comparable, Set<ListItem>>();
  /** The distinct keys other than null, in order, for ranges. */
  private readonly keys: Key[] = [];

  constructor(private readonly field: QueryField) {}

  private keyOf(item: ListItem): Comparable {
    return comparable(this.field, storedValue(item, this.field));
  }

  add(item: ListItem): void {
    const key = this.keyOf(item);
    let items = this.byKey.get(key);
    if (!items) {
      items = new Set();
      this.byKey.set(key, items);
      if (key !== null) this.keys.splice(firstNotBefore(this.keys, key), 0, key);
    }
    items.add(item);
  }

  /** Call before the item's values change: the item is found under the key it has now. */
  remove(item: ListItem): void {
    const key = this.keyOf(item);
    const items = this.byKey.get(key);
    if (!items) return;
    items.delete(item);
    if (items.size > 0) return;
    this.byKey.delete(key);
    if (key !== null) this.keys.splice(firstNotBefore(this.keys, key), 1);
  }

  match(op: IndexedOp, literal: unknown): ListItem[] {
    const key = comparable(this.field, literal);
    if (op === 'eq') return [...(this.byKey.get(key) ?? [])];
    // Like the scan, an ordering comparison with null matches nothing.
    if (key === null) return [];
    const from =
      op === 'gt' || op === 'ge' ? (op === 'gt' ? firstAfter : firstNotBefore)(this.keys, key) : 0;
    const to =
      op === 'lt' || op === 'le'
        ? (op === 'le' ? firstAfter : firstNotBefore)(this.keys, key)
        : this.keys.length;
    return this.keys.slice(from, to).flatMap((inRange) => [...(this.byKey.get(inRange) ?? [])]);
  }
}

interface ListIndexes {
  /** The indexed columns the indexes were built for. */
  signature: string;
  /** How many items are indexed: differs from the list's count only if a change went unseen. */
  size: number;
  /** By column name; the item id under `ID`. */
  columns: Map<string, ColumnIndex>;
}

const built = new WeakMap<SharePointList, ListIndexes>();

function signatureOf(list: SharePointList): string {
  return list.columns
    .filter((column) => column.indexed)
    .map((column) => `${column.id}:${column.name}:${column.type}`)
    .join('|');
}

function build(list: SharePointList, signature: string): ListIndexes {
  const columns = new Map<string, ColumnIndex>([['ID', new ColumnIndex(ID_FIELD)]]);
  for (const column of list.columns) {
    if (column.indexed) {
      columns.set(column.name, new ColumnIndex({ name: column.name, indexed: true, column }));
    }
  }
  for (const index of columns.values()) for (const item of list.items) index.add(item);
  const indexes = { signature, size: list.items.length, columns };
  built.set(list, indexes);
  return indexes;
}

function indexesOf(list: SharePointList): ListIndexes {
  const signature = signatureOf(list);
  const current = built.get(list);
  return current?.signature === signature && current.size === list.items.length
    ? current
    : build(list, signature);
}

/** The indexes to keep up to date, when they exist and still fit the list's columns. */
function liveIndexes(list: SharePointList): ListIndexes | undefined {
  const current = built.get(list);
  if (current && current.signature !== signatureOf(list)) {
    built.delete(list);
    return undefined;
  }
  return current;
}

/** After `item` was appended to `list.items`. */
export function indexItemAdded(list: SharePointList, item: ListItem): void {
  const indexes = liveIndexes(list);
  if (!indexes) return;
  for (const index of indexes.columns.values()) index.add(item);
  indexes.size += 1;
}

/** Before `item` is taken out of `list.items`. */
export function indexItemRemoved(list: SharePointList, item: ListItem): void {
  const indexes = liveIndexes(list);
  if (!indexes) return;
  for (const index of indexes.columns.values()) index.remove(item);
  indexes.size -= 1;
}

/** Runs `change` on the item's values, moving the item to its new keys. */
export function reindexItem<R>(list: SharePointList, item: ListItem, change: () => R): R {
  const indexes = liveIndexes(list);
  if (!indexes) return change();
  for (const index of indexes.columns.values()) index.remove(item);
  const result = change();
  for (const index of indexes.columns.values()) index.add(item);
  return result;
}

export function itemById(list: SharePointList, id: number): ListItem | undefined {
  return indexesOf(list).columns.get('ID')?.match('eq', id)[0];
}

function isIndexedOp(op: string): op is IndexedOp {
  return op === 'eq' || op === 'gt' || op === 'ge' || op === 'lt' || op === 'le';
}

/**
 * The items an index can narrow `node` to, a superset of its matches (the caller still evaluates
 * the filter on them), or undefined when the filter needs a scan: an `or` with a side no index
 * answers, `ne`, functions, non-indexed columns.
 */
export function indexedCandidates(
  list: SharePointList,
  node: FilterNode,
  fields: ReadonlyMap<string, QueryField>,
): ListItem[] | undefined {
  switch (node.type) {
    case 'or': {
      const left = indexedCandidates(list, node.left, fields);
      const right = left && indexedCandidates(list, node.right, fields);
      return left && right ? [...new Set([...left, ...right])] : undefined;
    }
    case 'and': {
      const left = indexedCandidates(list, node.left, fields);
      const right = indexedCandidates(list, node.right, fields);
      if (!left || !right) return left ?? right;
      return left.length <= right.length ? left : right;
    }
    case 'compare': {
      if (node.left.type !== 'property' || node.right.type !== 'literal') return undefined;
      const field = fields.get(node.left.path);
      if (!field?.indexed || !isIndexedOp(node.op)) return undefined;
      const index = indexesOf(list).columns.get(field.column?.name ?? 'ID');
      return index?.match(node.op, node.right.value);
    }
    default:
      return undefined;
  }
}
