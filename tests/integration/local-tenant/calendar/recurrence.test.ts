import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { errorOf } from '../helpers';
import {
  LIAM,
  PRIYA,
  allPages,
  asEvent,
  call,
  meeting,
  startCalendarTenant,
  tokenFor,
  valuesOf,
  type GraphEvent,
} from './calendar-helpers';

function series(
  subject: string,
  start: string,
  end: string,
  timeZone: string,
  recurrence: Record<string, unknown>,
  attendees: string[] = [],
): Record<string, unknown> {
  return {
    ...meeting(subject, '', '', attendees),
    start: { dateTime: start, timeZone },
    end: { dateTime: end, timeZone },
    recurrence,
  };
}

const window = (from: string, to: string): string => `startDateTime=${from}&endDateTime=${to}`;

describe('recurring events: series, expansion, exceptions and cancellations', () => {
  let tenant: LocalTenant;
  let priya: string;
  let liam: string;
  beforeAll(async () => {
    tenant = await startCalendarTenant();
    priya = await tokenFor(tenant, PRIYA);
    liam = await tokenFor(tenant, LIAM);
  });
  afterAll(async () => {
    await tenant.close();
  });

  async function create(body: Record<string, unknown>): Promise<GraphEvent> {
    const created = await call(tenant, priya, 'POST', '/me/events', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return asEvent(created.body);
  }

  async function instances(
    id: string,
    from: string,
    to: string,
    token = priya,
    headers: Record<string, string> = {},
  ): Promise<GraphEvent[]> {
    return allPages(
      tenant,
      token,
      `/me/events/${id}/instances?${window(from, to)}&$top=100`,
      headers,
    );
  }

  async function copyOf(master: GraphEvent): Promise<GraphEvent> {
    const found = await allPages(tenant, liam, `/me/events?$filter=iCalUId eq '${master.iCalUId}'`);
    const copy = found[0];
    if (!copy) throw new Error('no copy');
    return copy;
  }

  it("creates a seriesMaster with Outlook's recurrence defaults, in every attendee's calendar", async () => {
    const master = await create(
      series(
        '1:1 Priya / Liam (new)',
        '2025-03-17T12:00:00',
        '2025-03-17T12:30:00',
        'GMT Standard Time',
        {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['Monday'] },
          range: { type: 'endDate', startDate: '2025-03-17', endDate: '2025-12-31' },
        },
        [LIAM],
      ),
    );
    expect(master).toMatchObject({
      type: 'seriesMaster',
      seriesMasterId: null,
      recurrence: {
        pattern: {
          type: 'weekly',
          interval: 1,
          month: 0,
          dayOfMonth: 0,
          daysOfWeek: ['monday'],
          firstDayOfWeek: 'sunday',
          index: 'first',
        },
        range: {
          type: 'endDate',
          startDate: '2025-03-17',
          endDate: '2025-12-31',
          recurrenceTimeZone: 'GMT Standard Time',
          numberOfOccurrences: 0,
        },
      },
    });
    const copy = await copyOf(master);
    expect(copy).toMatchObject({
      type: 'seriesMaster',
      isOrganizer: false,
      recurrence: master.recurrence,
    });
    const theirs = await instances(copy.id, '2025-03-17T00:00:00Z', '2025-04-01T00:00:00Z', liam);
    expect(theirs.map((o) => o.start.dateTime)).toEqual([
      '2025-03-17T12:00:00.0000000',
      '2025-03-24T12:00:00.0000000',
      '2025-03-31T11:00:00.0000000',
    ]);
  });

  it('requires a time window on instances and calendarView', async () => {
    const master = await create(
      series('Window', '2025-03-18T09:00:00', '2025-03-18T09:30:00', 'UTC', {
        pattern: { type: 'daily', interval: 1 },
        range: { type: 'numbered', startDate: '2025-03-18', numberOfOccurrences: 3 },
      }),
    );
    for (const path of [
      `/me/events/${master.id}/instances`,
      '/me/calendarView?startDateTime=2025-03-18T00:00:00Z',
      '/me/calendar/calendarView',
    ]) {
      const refused = await call(tenant, priya, 'GET', path);
      expect(refused.status).toBe(400);
      expect(errorOf(refused.body)).toEqual(
        expect.objectContaining({
          code: 'ErrorInvalidParameter',
          message:
            'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
        }),
      );
    }
  });

  it('expands in the series time zone across daylight saving changes', async () => {
    const london = await create(
      series('London weekly', '2025-03-17T10:00:00', '2025-03-17T10:30:00', 'Europe/London', {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
        range: { type: 'noEnd', startDate: '2025-03-17' },
      }),
    );
    const utc = await instances(london.id, '2025-03-17T00:00:00Z', '2025-04-08T00:00:00Z');
    expect(utc.map((o) => o.start.dateTime)).toEqual([
      '2025-03-17T10:00:00.0000000',
      '2025-03-24T10:00:00.0000000',
      // British Summer Time from 30 March: still 10:00 in London.
      '2025-03-31T09:00:00.0000000',
      '2025-04-07T09:00:00.0000000',
    ]);
    const local = await instances(
      london.id,
      '2025-03-17T00:00:00Z',
      '2025-04-08T00:00:00Z',
      priya,
      {
        prefer: 'outlook.timezone="GMT Standard Time"',
      },
    );
    expect(local.every((o) => o.start.dateTime.slice(11) === '10:00:00.0000000')).toBe(true);
    expect(local[0]?.start.timeZone).toBe('GMT Standard Time');
    const pacific = await create(
      series(
        'Redmond weekly',
        '2025-10-28T09:00:00',
        '2025-10-28T10:00:00',
        'Pacific Standard Time',
        {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
          range: { type: 'numbered', startDate: '2025-10-28', numberOfOccurrences: 2 },
        },
      ),
    );
    const autumn = await instances(pacific.id, '2025-10-01T00:00:00Z', '2025-12-01T00:00:00Z');
    expect(autumn.map((o) => o.start.dateTime)).toEqual([
      '2025-10-28T16:00:00.0000000',
      '2025-11-04T17:00:00.0000000',
    ]);
  });

  const patterns: [string, Record<string, unknown>, string, string[]][] = [
    [
      'every other day, four times',
      {
        pattern: { type: 'daily', interval: 2 },
        range: { type: 'numbered', startDate: '2025-04-01', numberOfOccurrences: 4 },
      },
      '2025-04-01',
      ['2025-04-01', '2025-04-03', '2025-04-05', '2025-04-07'],
    ],
    [
      'Tuesday and Thursday every other week (weeks from Monday)',
      {
        pattern: {
          type: 'weekly',
          interval: 2,
          daysOfWeek: ['thursday', 'tuesday'],
          firstDayOfWeek: 'monday',
        },
        range: { type: 'endDate', startDate: '2025-04-03', endDate: '2025-04-30' },
      },
      '2025-04-03',
      ['2025-04-03', '2025-04-15', '2025-04-17', '2025-04-29'],
    ],
    [
      'the 31st, or the last day of shorter months',
      {
        pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
        range: { type: 'numbered', startDate: '2025-01-31', numberOfOccurrences: 4 },
      },
      '2025-01-31',
      ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30'],
    ],
    [
      'quarterly on the 15th',
      {
        pattern: { type: 'absoluteMonthly', interval: 3, dayOfMonth: 15 },
        range: { type: 'numbered', startDate: '2025-04-15', numberOfOccurrences: 3 },
      },
      '2025-04-15',
      ['2025-04-15', '2025-07-15', '2025-10-15'],
    ],
    [
      'the last Friday of the month',
      {
        pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['friday'], index: 'last' },
        range: { type: 'numbered', startDate: '2025-04-01', numberOfOccurrences: 3 },
      },
      '2025-04-01',
      ['2025-04-25', '2025-05-30', '2025-06-27'],
    ],
    [
      'the second Tuesday every three months',
      {
        pattern: { type: 'relativeMonthly', interval: 3, daysOfWeek: ['tuesday'], index: 'second' },
        range: { type: 'numbered', startDate: '2025-04-01', numberOfOccurrences: 3 },
      },
      '2025-04-01',
      ['2025-04-08', '2025-07-08', '2025-10-14'],
    ],
    [
      'every 29 February (clamped to the 28th)',
      {
        pattern: { type: 'absoluteYearly', interval: 1, month: 2, dayOfMonth: 29 },
        range: { type: 'numbered', startDate: '2025-01-01', numberOfOccurrences: 2 },
      },
      '2025-01-01',
      ['2025-02-28', '2026-02-28'],
    ],
    [
      'the first Monday of September',
      {
        pattern: {
          type: 'relativeYearly',
          interval: 1,
          month: 9,
          daysOfWeek: ['monday'],
          index: 'first',
        },
        range: { type: 'numbered', startDate: '2025-01-01', numberOfOccurrences: 2 },
      },
      '2025-01-01',
      ['2025-09-01', '2026-09-07'],
    ],
  ];

  it.each(patterns)('expands %s', async (_name, recurrence, startDate, expected) => {
    const master = await create(
      series(
        `Pattern ${_name}`,
        `${startDate}T08:00:00`,
        `${startDate}T08:30:00`,
        'UTC',
        recurrence,
      ),
    );
    const dates = (await instances(master.id, '2024-12-01T00:00:00Z', '2027-01-01T00:00:00Z')).map(
      (o) => o.start.dateTime.slice(0, 10),
    );
    expect(dates).toEqual(expected);
    // The master sits on the first occurrence, even when the start did not fit the pattern.
    expect(master.start.dateTime.slice(0, 10)).toBe(expected[0]);
  });

  it('gives occurrences deterministic ids that GET resolves', async () => {
    const master = await create(
      series('Ids', '2025-05-05T09:00:00', '2025-05-05T09:30:00', 'UTC', {
        pattern: { type: 'daily', interval: 1 },
        range: { type: 'numbered', startDate: '2025-05-05', numberOfOccurrences: 3 },
      }),
    );
    const first = await instances(master.id, '2025-05-01T00:00:00Z', '2025-05-10T00:00:00Z');
    const again = await instances(master.id, '2025-05-06T00:00:00Z', '2025-05-10T00:00:00Z');
    expect(again.map((o) => o.id)).toEqual(first.slice(1).map((o) => o.id));
    const one = first[1];
    expect(one).toMatchObject({
      type: 'occurrence',
      seriesMasterId: master.id,
      originalStart: '2025-05-06T09:00:00Z',
      recurrence: null,
    });
    expect(one?.iCalUId).not.toBe(master.iCalUId);
    const read = await call(tenant, priya, 'GET', `/me/events/${one?.id ?? ''}`);
    expect(read.body).toMatchObject({ id: one?.id, type: 'occurrence', subject: 'Ids' });
  });

  it('turns a PATCHed occurrence into an exception, for organizer and attendees', async () => {
    const master = await create(
      series(
        'Exceptions',
        '2025-06-02T10:00:00',
        '2025-06-02T10:30:00',
        'UTC',
        {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
          range: { type: 'numbered', startDate: '2025-06-02', numberOfOccurrences: 4 },
        },
        [LIAM],
      ),
    );
    const occurrences = await instances(master.id, '2025-06-01T00:00:00Z', '2025-07-01T00:00:00Z');
    const second = occurrences[1];
    const changed = await call(tenant, priya, 'PATCH', `/me/events/${second?.id ?? ''}`, {
      subject: 'Exceptions (moved to Tuesday)',
      start: { dateTime: '2025-06-10T14:00:00', timeZone: 'UTC' },
      end: { dateTime: '2025-06-10T14:30:00', timeZone: 'UTC' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      id: second?.id,
      type: 'exception',
      seriesMasterId: master.id,
      originalStart: '2025-06-09T10:00:00Z',
      start: { dateTime: '2025-06-10T14:00:00.0000000' },
    });
    const after = await instances(master.id, '2025-06-01T00:00:00Z', '2025-07-01T00:00:00Z');
    expect(after.map((o) => `${o.type} ${o.start.dateTime.slice(0, 16)}`)).toEqual([
      'occurrence 2025-06-02T10:00',
      'exception 2025-06-10T14:00',
      'occurrence 2025-06-16T10:00',
      'occurrence 2025-06-23T10:00',
    ]);
    const theirs = await instances(
      (await copyOf(master)).id,
      '2025-06-01T00:00:00Z',
      '2025-07-01T00:00:00Z',
      liam,
    );
    expect(theirs[1]).toMatchObject({
      type: 'exception',
      subject: 'Exceptions (moved to Tuesday)',
    });
    const crossing = await call(tenant, priya, 'PATCH', `/me/events/${after[2]?.id ?? ''}`, {
      start: { dateTime: '2025-06-23T11:00:00', timeZone: 'UTC' },
      end: { dateTime: '2025-06-23T11:30:00', timeZone: 'UTC' },
    });
    expect(crossing.status).toBe(400);
    expect(errorOf(crossing.body)).toMatchObject({
      code: 'ErrorOccurrenceCrossingBoundary',
      message: 'Modified occurrence is crossing or overlapping adjacent occurrence.',
    });
  });

  it('deleting or cancelling one occurrence removes it; attendees see it cancelled', async () => {
    const master = await create(
      series(
        'Cancellations',
        '2025-07-07T10:00:00',
        '2025-07-07T10:30:00',
        'UTC',
        {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
          range: { type: 'numbered', startDate: '2025-07-07', numberOfOccurrences: 4 },
        },
        [LIAM],
      ),
    );
    const before = await instances(master.id, '2025-07-01T00:00:00Z', '2025-08-01T00:00:00Z');
    expect((await call(tenant, priya, 'DELETE', `/me/events/${before[1]?.id ?? ''}`)).status).toBe(
      204,
    );
    const cancelled = await call(
      tenant,
      priya,
      'POST',
      `/me/events/${before[2]?.id ?? ''}/cancel`,
      {
        comment: 'Offsite that week',
      },
    );
    expect(cancelled.status).toBe(202);
    const after = await instances(master.id, '2025-07-01T00:00:00Z', '2025-08-01T00:00:00Z');
    expect(after.map((o) => o.start.dateTime.slice(0, 10))).toEqual(['2025-07-07', '2025-07-28']);
    expect((await call(tenant, priya, 'GET', `/me/events/${before[1]?.id ?? ''}`)).status).toBe(
      404,
    );
    const copy = await copyOf(master);
    const theirs = await instances(copy.id, '2025-07-01T00:00:00Z', '2025-08-01T00:00:00Z', liam);
    expect(theirs.map((o) => [o.start.dateTime.slice(0, 10), o.isCancelled, o.subject])).toEqual([
      ['2025-07-07', false, 'Cancellations'],
      ['2025-07-14', true, 'Canceled: Cancellations'],
      ['2025-07-21', true, 'Canceled: Cancellations'],
      ['2025-07-28', false, 'Cancellations'],
    ]);
  });

  it('moves the whole series when the master is PATCHed', async () => {
    const master = await create(
      series(
        'Series move',
        '2025-08-04T09:00:00',
        '2025-08-04T09:30:00',
        'GMT Standard Time',
        {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
          range: { type: 'numbered', startDate: '2025-08-04', numberOfOccurrences: 3 },
        },
        [LIAM],
      ),
    );
    const moved = await call(tenant, priya, 'PATCH', `/me/events/${master.id}`, {
      start: { dateTime: '2025-08-04T15:00:00', timeZone: 'GMT Standard Time' },
      end: { dateTime: '2025-08-04T15:45:00', timeZone: 'GMT Standard Time' },
    });
    expect(moved.status).toBe(200);
    const after = await instances(
      master.id,
      '2025-08-01T00:00:00Z',
      '2025-09-01T00:00:00Z',
      priya,
      {
        prefer: 'outlook.timezone="GMT Standard Time"',
      },
    );
    expect(
      after.map((o) => `${o.start.dateTime.slice(0, 16)}-${o.end.dateTime.slice(11, 16)}`),
    ).toEqual(['2025-08-04T15:00-15:45', '2025-08-11T15:00-15:45', '2025-08-18T15:00-15:45']);
    const theirs = await instances(
      (await copyOf(master)).id,
      '2025-08-01T00:00:00Z',
      '2025-09-01T00:00:00Z',
      liam,
    );
    expect(theirs.map((o) => o.start.dateTime.slice(0, 16))).toEqual([
      '2025-08-04T14:00',
      '2025-08-11T14:00',
      '2025-08-18T14:00',
    ]);
  });

  it('calendarView expands series with single events, ordered and paged by @odata.nextLink', async () => {
    await create(
      series('Daily view', '2025-09-01T07:00:00', '2025-09-01T07:15:00', 'UTC', {
        pattern: { type: 'daily', interval: 1 },
        range: { type: 'endDate', startDate: '2025-09-01', endDate: '2025-09-14' },
      }),
    );
    await create(meeting('Single in view', '2025-09-03T12:00:00', '2025-09-03T13:00:00'));
    const path = `/me/calendarView?${window('2025-09-06T00:00:00Z', '2025-09-08T00:00:00Z')}&$filter=subject eq 'Daily view'&$top=1&$orderby=start/dateTime&$select=subject,start,type`;
    const first = await call(tenant, priya, 'GET', path);
    expect(valuesOf(first.body)).toHaveLength(1);
    expect(String(first.body['@odata.nextLink'])).toContain('$skip=1');
    const weekend = await allPages(tenant, priya, path);
    expect(weekend.map((e) => `${e.type} ${e.start.dateTime.slice(0, 16)}`)).toEqual([
      'occurrence 2025-09-06T07:00',
      'occurrence 2025-09-07T07:00',
    ]);
    const week = await allPages(
      tenant,
      priya,
      `/me/calendarView?${window('2025-09-03T00:00:00Z', '2025-09-04T00:00:00Z')}&$filter=startswith(subject,'Daily') or subject eq 'Single in view'`,
    );
    expect(week.map((e) => `${e.type} ${e.subject}`)).toEqual([
      'occurrence Daily view',
      'singleInstance Single in view',
    ]);
    expect(week.some((e) => e.type === 'seriesMaster')).toBe(false);
    const offset = await allPages(
      tenant,
      priya,
      `/me/calendarView?startDateTime=2025-09-14T09:00:00%2B02:00&endDateTime=2025-09-15T00:00:00Z&$filter=subject eq 'Daily view'`,
    );
    expect(offset.map((e) => e.start.dateTime)).toEqual(['2025-09-14T07:00:00.0000000']);
  });
});
