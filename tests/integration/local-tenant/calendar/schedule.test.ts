import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { errorOf } from '../helpers';
import {
  LIAM,
  PRIYA,
  allPages,
  call,
  meeting,
  startCalendarTenant,
  tokenFor,
  userId,
} from './calendar-helpers';

interface ScheduleItem {
  status: string;
  subject?: string;
  location?: string;
  isPrivate?: boolean;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
}
interface ScheduleInformation {
  scheduleId: string;
  availabilityView?: string;
  scheduleItems?: ScheduleItem[];
  workingHours?: Record<string, unknown>;
  error?: { message: string; responseCode: string };
}

function request(
  schedules: string[],
  start: string,
  end: string,
  interval?: number | string,
  timeZone = 'UTC',
): Record<string, unknown> {
  return {
    schedules,
    startTime: { dateTime: start, timeZone },
    endTime: { dateTime: end, timeZone },
    ...(interval === undefined ? {} : { availabilityViewInterval: interval }),
  };
}

describe('getSchedule and mailboxSettings', () => {
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

  async function schedule(
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<{
    status: number;
    headers: Headers;
    value: ScheduleInformation[];
    body: Record<string, unknown>;
  }> {
    const result = await call(tenant, priya, 'POST', '/me/calendar/getSchedule', body, headers);
    return { ...result, value: (result.body.value ?? []) as ScheduleInformation[] };
  }

  it('marks busy time from the seeded weekly 1:1, expanded from its series', async () => {
    const [oneOnOne] = await allPages(
      tenant,
      liam,
      "/me/calendarView?startDateTime=2025-03-17T00:00:00Z&endDateTime=2025-03-22T00:00:00Z&$filter=subject eq '1:1 Priya / Liam'",
    );
    expect(oneOnOne?.type).toBe('occurrence');
    const day = oneOnOne?.start.dateTime.slice(0, 10) ?? '';
    const result = await schedule(request([LIAM, PRIYA], `${day}T00:00:00`, `${day}T23:59:00`, 30));
    expect(result.status).toBe(200);
    expect(result.body['@odata.context']).toBe(
      `${tenant.graphUrl}/$metadata#Collection(microsoft.graph.scheduleInformation)`,
    );
    const [forLiam, forPriya] = result.value;
    const busy = forLiam?.scheduleItems?.find(
      (item) => item.start.dateTime === oneOnOne?.start.dateTime,
    );
    expect(busy).toEqual({
      status: 'busy',
      start: { dateTime: oneOnOne?.start.dateTime, timeZone: 'UTC' },
      end: { dateTime: oneOnOne?.end.dateTime, timeZone: 'UTC' },
    });
    const slot =
      Number(oneOnOne?.start.dateTime.slice(11, 13)) * 2 +
      Number(oneOnOne?.start.dateTime.slice(14, 16)) / 30;
    expect(forLiam?.availabilityView).toHaveLength(48);
    expect(forLiam?.availabilityView?.[slot]).toBe('2');
    expect(forPriya?.scheduleItems?.some((item) => item.subject === '1:1 Priya / Liam')).toBe(true);
  });

  it('reports each free/busy status and skips cancelled meetings', async () => {
    const statuses: [string, string][] = [
      ['tentative', '08:00'],
      ['oof', '09:00'],
      ['workingElsewhere', '10:00'],
      ['free', '11:00'],
      ['busy', '12:00'],
    ];
    for (const [showAs, time] of statuses) {
      await call(
        tenant,
        priya,
        'POST',
        '/me/events',
        meeting(
          `Status ${showAs}`,
          `2025-03-15T${time}:00`,
          `2025-03-15T${time.slice(0, 2)}:30:00`,
          [],
          { showAs },
        ),
      );
    }
    const cancelled = await call(
      tenant,
      priya,
      'POST',
      '/me/events',
      meeting('Cancelled', '2025-03-15T13:00:00', '2025-03-15T14:00:00', [LIAM]),
    );
    const theirs = await allPages(
      tenant,
      liam,
      `/me/events?$filter=iCalUId eq '${String(cancelled.body.iCalUId)}'`,
    );
    expect(theirs[0]?.showAs).toBe('tentative');
    await call(tenant, priya, 'POST', `/me/events/${String(cancelled.body.id)}/cancel`, {});
    const result = await schedule(
      request([PRIYA, LIAM], '2025-03-15T08:00:00', '2025-03-15T15:00:00', 60),
    );
    const [own, attendee] = result.value;
    expect(own?.availabilityView).toBe('1300200');
    expect(own?.scheduleItems?.map((item) => item.status)).toEqual([
      'tentative',
      'oof',
      'workingElsewhere',
      'free',
      'busy',
    ]);
    expect(own?.scheduleItems?.[0]).toEqual({
      isPrivate: false,
      status: 'tentative',
      subject: 'Status tentative',
      location: '',
      start: { dateTime: '2025-03-15T08:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2025-03-15T08:30:00.0000000', timeZone: 'UTC' },
    });
    expect(attendee?.availabilityView).toBe('0000000');
    expect(attendee?.scheduleItems).toEqual([]);
  });

  it('answers in the Prefer time zone, with the requested interval', async () => {
    const result = await schedule(
      request([PRIYA], '2025-03-15T17:00:00', '2025-03-15T20:00:00', '15', 'Tokyo Standard Time'),
      { prefer: 'outlook.timezone="Tokyo Standard Time"' },
    );
    expect(result.headers.get('preference-applied')).toBe('outlook.timezone="Tokyo Standard Time"');
    const items = result.value[0]?.scheduleItems ?? [];
    expect(items[0]?.start).toEqual({
      dateTime: '2025-03-15T17:00:00.0000000',
      timeZone: 'Tokyo Standard Time',
    });
    // 17:00-20:00 Tokyo is 08:00-11:00 UTC: 12 quarter-hours.
    expect(result.value[0]?.availabilityView).toBe('110033000000');
    expect(result.value[0]?.workingHours).toEqual({
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:00:00.0000000',
      endTime: '17:30:00.0000000',
      timeZone: { name: 'GMT Standard Time' },
    });
  });

  it('shows an error entry for an address it cannot resolve', async () => {
    const result = await schedule(
      request(['nobody@contoso-demo.example', PRIYA], '2025-03-15T08:00:00', '2025-03-15T09:00:00'),
    );
    expect(result.status).toBe(200);
    expect(result.value[0]).toEqual({
      scheduleId: 'nobody@contoso-demo.example',
      error: {
        message:
          'Unable to resolve e-mail address <>SMTP:nobody@contoso-demo.example to an Active Directory object.',
        responseCode: 'ErrorMailRecipientNotFound',
      },
    });
    expect(result.value[1]?.scheduleId).toBe(PRIYA);
  });

  it('enforces the documented limits', async () => {
    const tooLong = await schedule(request([PRIYA], '2025-03-01T00:00:00', '2025-05-03T00:00:00'));
    expect(errorOf(tooLong.body)).toMatchObject({
      code: 'ErrorTimeIntervalTooBig',
      message:
        'The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = 62 days; the actual limit = 63 days.',
    });
    const backwards = await schedule(
      request([PRIYA], '2025-03-02T00:00:00', '2025-03-01T00:00:00'),
    );
    expect(errorOf(backwards.body).code).toBe('ErrorInvalidTimeInterval');
    const many = await schedule(
      request(
        Array.from({ length: 101 }, (_, n) => `p${n}@contoso-demo.example`),
        '2025-03-01T00:00:00',
        '2025-03-02T00:00:00',
      ),
    );
    expect(errorOf(many.body)).toMatchObject({
      code: 'ErrorMailboxDataArrayTooBig',
      message:
        'There are too many target users in the EmailAddress array. The allowed size = 100; the actual size = 101.',
    });
    const interval = await schedule(
      request([PRIYA], '2025-03-01T00:00:00', '2025-03-02T00:00:00', 2),
    );
    expect(interval.status).toBe(400);
  });

  it("an unanswered invitation is tentative in the attendee's free/busy", async () => {
    await call(
      tenant,
      priya,
      'POST',
      '/me/events',
      meeting('Fresh invite', '2025-03-16T09:00:00', '2025-03-16T10:00:00', [LIAM]),
    );
    const result = await schedule(
      request([LIAM], '2025-03-16T09:00:00', '2025-03-16T10:00:00', 60),
    );
    expect(result.value[0]?.availabilityView).toBe('1');
  });

  it('reads mailboxSettings: time zone and working hours of the signed-in person', async () => {
    const settings = await call(tenant, liam, 'GET', '/me/mailboxSettings');
    expect(settings.status).toBe(200);
    expect(settings.body).toMatchObject({
      '@odata.context': `${tenant.graphUrl}/$metadata#users('${userId(tenant, LIAM)}')/mailboxSettings`,
      timeZone: 'GMT Standard Time',
      language: { locale: 'en-IE', displayName: 'English (Ireland)' },
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '09:00:00.0000000',
        endTime: '17:30:00.0000000',
        timeZone: { name: 'GMT Standard Time' },
      },
    });
    const yuki = await tokenFor(tenant, 'yuki.nakamura@contoso-demo.example');
    const zone = await call(tenant, yuki, 'GET', '/me/mailboxSettings/timeZone');
    expect(zone.body).toMatchObject({ value: 'Tokyo Standard Time' });
    const hours = await call(tenant, yuki, 'GET', '/me/mailboxSettings/workingHours');
    expect(hours.body).toMatchObject({ timeZone: { name: 'Tokyo Standard Time' } });
    const selected = await call(
      tenant,
      liam,
      'GET',
      '/me/mailboxSettings?$select=timeZone,workingHours',
    );
    expect(Object.keys(selected.body).sort()).toEqual([
      '@odata.context',
      'timeZone',
      'workingHours',
    ]);
  });
});
