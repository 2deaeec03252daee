import { describe, expect, it } from 'vitest';
import { and, eq } from '../../../../../src/adapters/graph/sharepoint/item-filter';
import type { ListItem } from '../../../../../src/adapters/graph/sharepoint/list-client';
import {
  KEYS_PER_QUERY,
  planQueries,
  ReadBatcher,
  sharePicker,
  type ListQuery,
} from '../../../../../src/adapters/graph/sharepoint/read-batcher';

const item = (id: string, reportId: string): ListItem => ({
  id,
  etag: `"${id}"`,
  fields: { reportId },
});

describe('planQueries: queries asked together, sent as few', () => {
  it('merges `reportId eq` queries on one list into `or` groups of at most 15 ids', () => {
    const asked: ListQuery[] = Array.from({ length: 50 }, (_, i) => ({
      list: 'conversations',
      filter: eq('reportId', `r${String(i)}`),
    }));
    const plan = planQueries(asked);
    expect(plan.sent).toHaveLength(Math.ceil(50 / KEYS_PER_QUERY));
    for (const sent of plan.sent) {
      expect(sent.filter.columns).toEqual(['reportId']);
      expect(sent.filter.expression.split(' or ').length).toBeLessThanOrEqual(KEYS_PER_QUERY);
    }
  });

  it('keeps lists apart, sends a lone query as asked and leaves compound filters alone', () => {
    const compound = and(eq('reportId', 'a'), eq('rowState', 'current'));
    const plan = planQueries([
      { list: 'conversations', filter: eq('reportId', 'a') },
      { list: 'triggers', filter: eq('reportId', 'a') },
      { list: 'triggers', filter: eq('reportId', 'b') },
      { list: 'commitments', filter: compound },
    ]);
    expect(plan.sent.map((q) => [q.list, q.filter.expression])).toEqual([
      ['conversations', "fields/reportId eq 'a'"],
      ['triggers', "fields/reportId eq 'a' or fields/reportId eq 'b'"],
      ['commitments', compound.expression],
    ]);
  });

  it('gives each asker only the items with its own value (case-insensitive, as SharePoint)', () => {
    const plan = planQueries([
      { list: 'triggers', filter: eq('reportId', 'a') },
      { list: 'triggers', filter: eq('reportId', 'B') },
    ]);
    const items = [item('1', 'a'), item('2', 'b'), item('3', 'a')];
    expect(plan.shares.map((share) => sharePicker(items)(share).map((i) => i.id))).toEqual([
      ['1', '3'],
      ['2'],
    ]);
  });
});

describe('planQueries: the same value asked twice', () => {
  it('sends it once, however its letters are cased, and answers both askers from it', () => {
    const plan = planQueries([
      { list: 'triggers', filter: eq('reportId', 'abc') },
      { list: 'triggers', filter: eq('reportId', 'ABC') },
      { list: 'triggers', filter: eq('reportId', 'abc') },
      { list: 'triggers', filter: eq('reportId', 'd') },
    ]);
    expect(plan.sent.map((q) => q.filter.expression)).toEqual([
      "fields/reportId eq 'abc' or fields/reportId eq 'd'",
    ]);
    const items = [item('1', 'abc'), item('2', 'd')];
    expect(plan.shares.map((share) => sharePicker(items)(share).map((i) => i.id))).toEqual([
      ['1'],
      ['1'],
      ['1'],
      ['2'],
    ]);
  });

  it('plans a thousand askers in one pass, each value once', () => {
    const asked: ListQuery[] = Array.from({ length: 1_000 }, (_, i) => ({
      list: 'conversations',
      filter: eq('reportId', `r${String(i % 100)}`),
    }));
    const plan = planQueries(asked);
    expect(plan.sent).toHaveLength(Math.ceil(100 / KEYS_PER_QUERY));
    expect(new Set(plan.shares.map((share) => share.sent)).size).toBe(plan.sent.length);
  });
});

describe('sharePicker: one answer shared out among its askers', () => {
  it('compares numbers by value and text without case, as `eq` does, in the answer’s order', () => {
    const items: ListItem[] = [
      { id: '1', etag: '"1"', fields: { version: 2, reportId: 'A' } },
      { id: '2', etag: '"2"', fields: { version: '2', reportId: 'b' } },
      { id: '3', etag: '"3"', fields: { version: null, reportId: 7 } },
      { id: '4', etag: '"4"', fields: { reportId: 'a' } },
    ];
    const pick = sharePicker(items);
    const ids = (column: string, value: string | number) =>
      pick({ sent: 0, key: { column, value } }).map((i) => i.id);
    expect(ids('version', 2)).toEqual(['1', '2']);
    expect(ids('version', 0)).toEqual(['3']); // Number(null) is 0, as before
    expect(ids('version', 5)).toEqual([]);
    expect(ids('reportId', 'a')).toEqual(['1', '4']);
    expect(ids('reportId', '7')).toEqual([]); // a number stored is not the text asked for
    expect(pick({ sent: 0 }).map((i) => i.id)).toEqual(['1', '2', '3', '4']);
  });

  it('gives each asker a list of its own', () => {
    const pick = sharePicker([item('1', 'a')]);
    const first = pick({ sent: 0, key: { column: 'reportId', value: 'a' } });
    first.pop();
    expect(pick({ sent: 0, key: { column: 'reportId', value: 'a' } })).toHaveLength(1);
  });
});

describe('ReadBatcher', () => {
  it('sends the queries of one tick in one round and fails only the askers of a failed query', async () => {
    const rounds: ListQuery[][] = [];
    const batcher = new ReadBatcher((queries) => {
      rounds.push([...queries]);
      return Promise.resolve(
        queries.map((q) =>
          q.list === 'profiles'
            ? { status: 'rejected' as const, reason: new Error('throttled') }
            : { status: 'fulfilled' as const, value: [item('1', 'a'), item('2', 'b')] },
        ),
      );
    });
    const [a, b, profile] = await Promise.allSettled([
      batcher.query('triggers', eq('reportId', 'a')),
      batcher.query('triggers', eq('reportId', 'b')),
      batcher.query('profiles', eq('reportId', 'a')),
    ]);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toHaveLength(2);
    expect(a).toEqual({ status: 'fulfilled', value: [item('1', 'a')] });
    expect(b).toEqual({ status: 'fulfilled', value: [item('2', 'b')] });
    expect(profile.status).toBe('rejected');
  });
});
