import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseODataQuery } from '../../../../src/local-tenant/core/odata-query';
import {
  indexItemAdded,
  indexItemRemoved,
  reindexItem,
} from '../../../../src/local-tenant/graph/sharepoint/list-index';
import { queryItems } from '../../../../src/local-tenant/graph/sharepoint/item-query';
import type {
  Column,
  ColumnType,
  FieldValue,
  ListItem,
  SharePointList,
} from '../../../../src/local-tenant/graph/sharepoint/state';

const AUTHOR = { kind: 'application' as const, id: 'api', displayName: 'API', email: null };

function column(name: string, type: ColumnType, indexed: boolean): Column {
  return {
    id: `column-${name}`,
    name,
    displayName: name,
    description: '',
    columnGroup: 'Custom Columns',
    type,
    builtIn: false,
    indexed,
    required: false,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: false,
  };
}

function emptyList(): SharePointList {
  return {
    id: 'list',
    name: 'Commitments',
    displayName: 'Commitments',
    description: '',
    template: 'genericList',
    createdDateTime: '2025-01-01T00:00:00Z',
    lastModifiedDateTime: '2025-01-01T00:00:00Z',
    createdBy: AUTHOR,
    lastModifiedBy: AUTHOR,
    version: 1,
    columns: [
      column('ReportId', 'text', true),
      column('DueOn', 'dateTime', true),
      column('Weight', 'number', true),
      column('Note', 'text', false),
    ],
    items: [],
    nextItemId: 1,
  };
}

function addItem(list: SharePointList, values: Record<string, FieldValue>): ListItem {
  const item: ListItem = {
    id: list.nextItemId,
    uniqueId: `u${String(list.nextItemId)}`,
    version: 1,
    createdDateTime: '2025-01-01T00:00:00Z',
    lastModifiedDateTime: '2025-01-01T00:00:00Z',
    createdBy: AUTHOR,
    lastModifiedBy: AUTHOR,
    values,
  };
  list.nextItemId += 1;
  list.items.push(item);
  indexItemAdded(list, item);
  return item;
}

/** The ids a query answers, in order, or the refusal's status. */
function ask(list: SharePointList, filter: string, prefer?: string): number[] | number {
  const query = parseODataQuery(new URLSearchParams({ filter }));
  const header = (name: string): string | undefined =>
    name.toLowerCase() === 'prefer' ? prefer : undefined;
  const answer = queryItems({ odata: query, header }, list);
  return answer.ok ? answer.value.map((item) => item.id) : answer.reply.status;
}

const reports = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5'];
const day = (n: number): string => `2025-03-${String(n + 1).padStart(2, '0')}T00:00:00Z`;
const valuesArb = fc.record({
  ReportId: fc.constantFrom(...reports),
  DueOn: fc.integer({ min: 0, max: 27 }).map(day),
  Weight: fc.integer({ min: -3, max: 9 }),
  Note: fc.constantFrom('a', 'b'),
});

/** A filter the product sends, as OData text and as the predicate a scan would apply. */
interface Condition {
  odata: string;
  holds: (values: Record<string, FieldValue>, id: number) => boolean;
}
const conditionArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...reports), { minLength: 1, maxLength: 4 }).map((ids) => ({
    odata: ids.map((id) => `fields/ReportId eq '${id.toUpperCase()}'`).join(' or '),
    holds: (values: Record<string, FieldValue>) => ids.includes(String(values.ReportId)),
  })),
  fc.integer({ min: 0, max: 27 }).map((n) => ({
    odata: `fields/DueOn ge '${day(n)}'`,
    holds: (values: Record<string, FieldValue>) => String(values.DueOn) >= day(n),
  })),
  fc.integer({ min: 0, max: 27 }).map((n) => ({
    odata: `fields/DueOn le '${day(n)}'`,
    holds: (values: Record<string, FieldValue>) => String(values.DueOn) <= day(n),
  })),
  fc.integer({ min: -4, max: 10 }).map((n) => ({
    odata: `fields/Weight gt ${String(n)}`,
    holds: (values: Record<string, FieldValue>) => Number(values.Weight) > n,
  })),
  fc.integer({ min: 0, max: 40 }).map((n) => ({
    odata: `fields/id lt ${String(n)}`,
    holds: (_values: Record<string, FieldValue>, id: number) => id < n,
  })),
);
const filterArb: fc.Arbitrary<Condition> = fc.oneof(
  conditionArb,
  fc.tuple(conditionArb, conditionArb).map(([a, b]) => ({
    odata: `(${a.odata}) and (${b.odata})`,
    holds: (values: Record<string, FieldValue>, id: number) =>
      a.holds(values, id) && b.holds(values, id),
  })),
);

type Change =
  | { kind: 'add'; values: Record<string, FieldValue> }
  | { kind: 'change'; at: number; values: Record<string, FieldValue> }
  | { kind: 'remove'; at: number };
const changeArb: fc.Arbitrary<Change> = fc.oneof(
  valuesArb.map((values) => ({ kind: 'add' as const, values })),
  fc.tuple(fc.nat(), valuesArb).map(([at, values]) => ({ kind: 'change' as const, at, values })),
  fc.nat().map((at) => ({ kind: 'remove' as const, at })),
);

function apply(list: SharePointList, change: Change): void {
  if (change.kind === 'add') {
    addItem(list, { ...change.values });
    return;
  }
  const item = list.items[change.at % Math.max(list.items.length, 1)];
  if (!item) return;
  if (change.kind === 'change') {
    reindexItem(list, item, () => {
      item.values = { ...change.values };
    });
  } else {
    indexItemRemoved(list, item);
    list.items = list.items.filter((candidate) => candidate !== item);
  }
}

describe('list indexes of the local tenant', () => {
  it('answer eq, or of eq, ranges and id filters as a scan does, through adds, changes and removals', () => {
    fc.assert(
      fc.property(
        fc.array(valuesArb, { maxLength: 30 }),
        fc.array(fc.tuple(changeArb, filterArb), { maxLength: 12 }),
        (initial, steps) => {
          const list = emptyList();
          for (const values of initial) addItem(list, { ...values });
          for (const [change, filter] of steps) {
            // Ask before and after each change, so indexes built earlier must follow the change.
            const scan = (): number[] =>
              list.items.filter((item) => filter.holds(item.values, item.id)).map((i) => i.id);
            expect(ask(list, filter.odata)).toEqual(scan());
            apply(list, change);
            expect(ask(list, filter.odata)).toEqual(scan());
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('read only the matching items once built, not every item of the list', () => {
    const list = emptyList();
    let reads = 0;
    for (let n = 0; n < 20_000; n += 1) {
      const values: Record<string, FieldValue> = {
        ReportId: `r${String(n % 1000)}`,
        DueOn: day(n % 28),
        Weight: n % 10,
      };
      addItem(
        list,
        new Proxy(values, {
          get(target, property, receiver) {
            reads += 1;
            return Reflect.get(target, property, receiver) as unknown;
          },
        }),
      );
    }
    expect(ask(list, "fields/ReportId eq 'r7'")).toHaveLength(20);
    reads = 0;
    const answer = ask(list, "fields/ReportId eq 'r8' or fields/ReportId eq 'r9'");
    expect(answer).toHaveLength(40);
    // Each candidate is checked against the whole filter (a few reads each); a scan reads all.
    expect(reads).toBeLessThanOrEqual(40 * 4);
  });

  it('refuse a filter on a non-indexed column past 5,000 items, as SharePoint does', () => {
    const list = emptyList();
    for (let n = 0; n < 5_000; n += 1) addItem(list, { ReportId: 'r1', Note: 'a', Weight: 1 });
    const nonIndexed = "fields/Note eq 'a'";
    const prefer = 'HonorNonIndexedQueriesWarningMayFailRandomly';
    expect(ask(list, nonIndexed)).toBe(400);
    expect(ask(list, nonIndexed, prefer)).toHaveLength(5_000);
    addItem(list, { ReportId: 'r2', Note: 'a', Weight: 1 });
    expect(ask(list, nonIndexed, prefer)).toBe(500);
    expect(ask(list, `fields/ReportId eq 'r2' and ${nonIndexed}`, prefer)).toEqual([5_001]);
    expect(ask(list, "fields/ReportId eq 'r1'")).toHaveLength(5_000);
  });

  it('refuse, past 5,000 items, an indexed filter that leaves more than 5,000 rows', () => {
    const list = emptyList();
    for (let n = 0; n < 6_000; n += 1) addItem(list, { ReportId: n < 10 ? 'r1' : 'r2', Weight: n });
    expect(ask(list, "fields/ReportId eq 'r2'")).toBe(500);
    expect(ask(list, "fields/ReportId eq 'r1' or fields/ReportId eq 'r2'")).toBe(500);
    expect(ask(list, "fields/ReportId eq 'r1'")).toHaveLength(10);
    expect(ask(list, "fields/ReportId eq 'r2' and fields/Weight lt 100")).toHaveLength(90);
    expect(ask(list, 'fields/Weight ge 1000')).toHaveLength(5_000);
    expect(ask(list, 'fields/Weight ge 999')).toBe(500);
  });
});
