import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { GraphCalendar } from '../../../../src/adapters/graph/calendar/graph-calendar';
import { findBookingOptions } from '../../../../src/app/my-365/booking';
import { ASSUMED_WORKING_HOURS } from '../../../../src/domain';
import {
  TOMAS_AWAY_DAYS,
  TOMAS_AWAY_FROM_DAY,
} from '../../../../src/local-tenant/graph/calendar/seed-time-away';
import { signInGraph, startDemoTenant, upnOf } from '../../ports/graph-harness';

const PRIYA = upnOf('priya.raman');
const TOMAS = upnOf('tomas.hernandez');
const LONDON = 'Europe/London';
const MEXICO = 'America/Mexico_City';

describe('GraphCalendar over the local tenant: working weeks, time away and automatic replies', () => {
  let tenant: LocalTenant;
  let now: Temporal.Instant;
  let awayFrom: Temporal.PlainDate;
  let awayUntil: Temporal.PlainDate;
  const window = () => ({
    start: now.toString(),
    end: now.add({ hours: 24 * 28 }).toString(),
  });

  beforeAll(async () => {
    tenant = await startDemoTenant();
    now = Temporal.Instant.fromEpochMilliseconds(tenant.clock.now().getTime());
    awayFrom = now.toZonedDateTimeISO(MEXICO).toPlainDate().add({ days: TOMAS_AWAY_FROM_DAY });
    awayUntil = awayFrom.add({ days: TOMAS_AWAY_DAYS });
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('reads each person’s working week from getSchedule, in their own zone', async () => {
    const { client } = await signInGraph(tenant, 'priya.raman');
    const found = await new GraphCalendar(client).availability([PRIYA, TOMAS], window(), LONDON);
    expect(found.get(PRIYA)?.workingWeek).toEqual({
      zone: LONDON,
      hours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] },
    });
    expect(found.get(TOMAS)?.workingWeek).toEqual({
      zone: MEXICO,
      hours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4] },
    });
  });

  it('shows the report’s days off as an all-day out-of-office block, without its subject', async () => {
    const { client } = await signInGraph(tenant, 'priya.raman');
    const found = await new GraphCalendar(client).availability([TOMAS], window(), LONDON);
    const start = awayFrom.toZonedDateTime(MEXICO).toInstant().toString();
    const end = awayUntil.toZonedDateTime(MEXICO).toInstant().toString();
    expect(found.get(TOMAS)?.busy).toContainEqual({ start, end, status: 'oof', allDay: true });
    expect(JSON.stringify([...found])).not.toMatch(/Oaxaca|Vacaciones/);
  });

  it('reads the signed-in person’s scheduled automatic replies, and none when disabled', async () => {
    const tomas = await signInGraph(tenant, 'tomas.hernandez');
    const replies = await new GraphCalendar(tomas.client).automaticReplies(window());
    expect(replies).toEqual({
      start: awayFrom.toZonedDateTime(MEXICO).toInstant().toString(),
      end: awayUntil.toZonedDateTime(MEXICO).toInstant().toString(),
    });
    const priya = await signInGraph(tenant, 'priya.raman');
    expect(await new GraphCalendar(priya.client).automaticReplies(window())).toBeUndefined();
  });

  it('lets booking skip the days Tomás is away and say so, from the real adapter', async () => {
    const { client } = await signInGraph(tenant, 'priya.raman');
    const hours = ASSUMED_WORKING_HOURS;
    const options = await findBookingOptions(new GraphCalendar(client), {
      people: {
        manager: { id: 'priya', displayName: 'Priya Raman', mail: PRIYA, timeZone: LONDON },
        report: { id: 'tomas', displayName: 'Tomás Hernández', mail: TOMAS, timeZone: MEXICO },
      },
      format: 'series-of-three',
      zone: LONDON,
      workingHours: hours,
      reportHours: hours,
      now,
    });
    if (!options.ok) throw new Error(JSON.stringify(options.errors));
    expect(options.calendar.reportWeek.source).toBe('outlook');
    const skipped = options.plan.skipped ?? [];
    const away = skipped.find((s) => s.reason === 'they-are-away');
    expect(away?.message).toMatch(/: Tomás is out of office\.$/);
    const sessions = options.plan.ok ? options.plan.proposals.flatMap((p) => p.sessions) : [];
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) {
      const day = Temporal.Instant.from(session.start).toZonedDateTimeISO(MEXICO);
      expect(day.dayOfWeek).toBeLessThan(5);
      const date = day.toPlainDate();
      const inside =
        Temporal.PlainDate.compare(date, awayFrom) >= 0 &&
        Temporal.PlainDate.compare(date, awayUntil) < 0;
      expect(inside).toBe(false);
    }
  });
});
