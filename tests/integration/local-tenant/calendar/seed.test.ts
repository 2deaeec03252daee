import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { addCalendarEvent } from '../../../../src/local-tenant/graph/calendar/register';
import {
  PRIYA,
  allPages,
  call,
  startCalendarTenant,
  tokenFor,
  userId,
  type GraphEvent,
} from './calendar-helpers';

/** Minutes from the start of the week (UTC) of an instant. */
function weekMinute(dateTime: string): number {
  const date = new Date(`${dateTime.slice(0, 19)}Z`);
  return date.getUTCDay() * 1440 + date.getUTCHours() * 60 + date.getUTCMinutes();
}

describe('demo calendars', () => {
  let tenant: LocalTenant;
  beforeAll(async () => {
    tenant = await startCalendarTenant();
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('has a weekly 30-minute 1:1 for every manager and report, at its own weekday and time', async () => {
    const users = tenant.state.state.users;
    const pairs = users.flatMap((report) => {
      const manager = users.find((user) => user.id === report.managerId);
      return manager ? [{ manager, report }] : [];
    });
    expect(pairs.length).toBeGreaterThan(25);
    const slots = new Map<string, Set<number>>();
    for (const { manager, report } of pairs) {
      const token = await tokenFor(tenant, manager.userPrincipalName);
      const subject = `1:1 ${manager.givenName ?? ''} / ${report.givenName ?? ''}`;
      const [series] = await allPages(tenant, token, `/me/events?$filter=subject eq '${subject}'`);
      expect(series, subject).toMatchObject({
        type: 'seriesMaster',
        isOrganizer: true,
        isOnlineMeeting: true,
        recurrence: { pattern: { type: 'weekly', interval: 1 }, range: { type: 'noEnd' } },
        attendees: [{ emailAddress: { address: report.mail } }],
      });
      const minutes =
        (Date.parse(`${series?.end.dateTime.slice(0, 19) ?? ''}Z`) -
          Date.parse(`${series?.start.dateTime.slice(0, 19) ?? ''}Z`)) /
        60_000;
      expect(minutes).toBe(30);
      const taken = slots.get(manager.id) ?? new Set<number>();
      const slot = weekMinute(series?.start.dateTime ?? '');
      expect(taken.has(slot), `${subject} clashes with another 1:1`).toBe(false);
      taken.add(slot);
      slots.set(manager.id, taken);
    }
    const liam = await tokenFor(tenant, 'liam.oconnor@contoso-demo.example');
    const [copy] = await allPages(tenant, liam, "/me/events?$filter=subject eq '1:1 Priya / Liam'");
    expect(copy).toMatchObject({ isOrganizer: false, responseStatus: { response: 'accepted' } });
  });

  it("ended the previous manager's 1:1 when a report moved", async () => {
    const priya = await tokenFor(tenant, PRIYA);
    const [ended] = await allPages(
      tenant,
      priya,
      "/me/events?$filter=subject eq '1:1 Priya / Aisha'",
    );
    expect(ended?.recurrence).toMatchObject({ range: { type: 'endDate' } });
  });

  it('fills a working week with standups, 1:1s and other meetings', async () => {
    const priya = await tokenFor(tenant, PRIYA);
    const week = await allPages(
      tenant,
      priya,
      '/me/calendarView?startDateTime=2025-03-10T00:00:00Z&endDateTime=2025-03-22T00:00:00Z&$top=100',
    );
    const subjects = new Set(week.map((event: GraphEvent) => event.subject));
    expect(subjects.has("Priya's team standup")).toBe(true);
    expect(subjects.has("Amara's leadership sync")).toBe(true);
    expect(week.filter((e) => e.type === 'singleInstance').length).toBeGreaterThan(0);
    const weekdays = new Set(
      week.map((e) => new Date(`${e.start.dateTime.slice(0, 19)}Z`).getUTCDay()),
    );
    expect([...weekdays].sort()).toEqual([1, 2, 3, 4, 5]);
    const schedule = await call(tenant, priya, 'POST', '/me/calendar/getSchedule', {
      schedules: [PRIYA, 'hannah.becker@contoso-demo.example'],
      startTime: { dateTime: '2025-03-10T00:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2025-03-22T00:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 60,
    });
    const [own, hannah] = schedule.body.value as {
      availabilityView: string;
      scheduleItems: { status: string }[];
    }[];
    expect(own?.availabilityView).toMatch(/2/);
    expect(hannah?.scheduleItems.some((item) => item.status === 'oof')).toBe(true);
  });

  it('lets other features add events through addCalendarEvent', async () => {
    const priyaId = userId(tenant, PRIYA);
    tenant.state.update((state) => {
      addCalendarEvent(state, priyaId, {
        subject: 'Career conversation: Liam',
        start: { dateTime: '2025-01-15T14:00:00', timeZone: 'GMT Standard Time' },
        end: { dateTime: '2025-01-15T15:00:00', timeZone: 'GMT Standard Time' },
        attendees: [{ emailAddress: { address: 'liam.oconnor@contoso-demo.example' } }],
        isOnlineMeeting: true,
      });
    });
    const priya = await tokenFor(tenant, PRIYA);
    const [added] = await allPages(
      tenant,
      priya,
      "/me/events?$filter=subject eq 'Career conversation: Liam'",
    );
    expect(added).toMatchObject({ type: 'singleInstance', isOnlineMeeting: true });
    expect(() => {
      tenant.state.update((state) => {
        addCalendarEvent(state, priyaId, { subject: 'No times' });
      });
    }).toThrow(/ErrorPropertyValidationFailure/);
  });
});
