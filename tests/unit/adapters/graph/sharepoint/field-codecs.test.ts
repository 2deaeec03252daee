import { describe, expect, it } from 'vitest';
import {
  dateToField,
  FieldReader,
  type DataProblem,
} from '../../../../../src/adapters/graph/sharepoint/field-codecs';
import { PHASE_IDS } from '../../../../../src/domain';

function reader(fields: Record<string, unknown>) {
  return new FieldReader('conversations', '7', fields);
}

describe('FieldReader', () => {
  it('reads typed values and treats SharePoint nulls and empty text as absent', () => {
    const r = reader({
      a: 'text',
      n: 3,
      b: false,
      t: '2026-06-01T13:00:00Z',
      d: '2026-06-01T12:00:00Z',
      e: null,
      s: '',
    });
    expect(r.text('a')).toBe('text');
    expect(r.integer('n')).toBe(3);
    expect(r.boolean('b')).toBe(false);
    expect(r.instant('t')).toBe('2026-06-01T13:00:00Z');
    expect(r.date('d')).toBe('2026-06-01');
    expect(r.text('e')).toBeUndefined();
    expect(r.text('s')).toBeUndefined();
    expect(r.text('missing')).toBeUndefined();
    const problems: DataProblem[] = [];
    expect(r.finish((p) => problems.push(p), { a: 'text' })).toEqual({ a: 'text' });
    expect(problems).toEqual([]);
  });

  it('normalises instants to whole seconds in UTC', () => {
    expect(reader({ t: '2026-06-01T15:00:00.000+02:00' }).instant('t')).toBe(
      '2026-06-01T13:00:00Z',
    );
  });

  it('stores dates at noon UTC, so the calendar day survives any site time zone', () => {
    expect(dateToField('2026-02-28')).toBe('2026-02-28T12:00:00Z');
    expect(reader({ d: dateToField('2026-02-28') }).date('d')).toBe('2026-02-28');
  });

  it('drops bad optional values and reports each as repaired', () => {
    const r = reader({
      n: 'many',
      b: 'yes',
      t: 'soon',
      c: 'bogus',
      m: '2026-13',
      ids: 'where-now;nonsense;where-now',
    });
    expect(r.number('n')).toBeUndefined();
    expect(r.boolean('b')).toBeUndefined();
    expect(r.instant('t')).toBeUndefined();
    expect(r.choice('c', ['a', 'b'])).toBeUndefined();
    expect(r.month('m')).toBeUndefined();
    expect(r.idList('ids', PHASE_IDS)).toEqual(['where-now']);
    const problems: DataProblem[] = [];
    expect(r.finish((p) => problems.push(p), {})).toEqual({});
    expect(problems.map((p) => [p.field, p.action])).toEqual([
      ['n', 'repaired'],
      ['b', 'repaired'],
      ['t', 'repaired'],
      ['c', 'repaired'],
      ['m', 'repaired'],
      ['ids', 'repaired'],
    ]);
  });

  it('skips the item when a required value is missing or invalid, saying which', () => {
    const r = reader({ kind: 'coffee chat' });
    const required = { id: r.text('id'), kind: r.choice('kind', ['full', 'review']) };
    const problems: DataProblem[] = [];
    expect(r.finish((p) => problems.push(p), required)).toBeUndefined();
    expect(problems).toEqual([
      {
        list: 'conversations',
        itemId: '7',
        field: 'id, kind',
        problem: 'required value missing, "coffee chat" is not one of the allowed values',
        action: 'skipped',
      },
    ]);
  });

  it('reads numbers SharePoint sent as strings, and refuses fractions where whole numbers belong', () => {
    const r = reader({ n: '4', f: 2.5 });
    expect(r.integer('n')).toBe(4);
    expect(r.integer('f')).toBeUndefined();
  });
});
