import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attendee, Calendar, CalendarEvent, NewCalendarEvent } from '../../../src/app/ports';
import { expectPortError, uniqueKey } from './contract-helpers';

export interface CalendarFixture {
  calendar: Calendar;
  me: Attendee;
  /** Someone who can be invited. */
  other: Attendee;
  unknownEmail: string;
  zone: string;
  /** The first of a run of months in which the signed-in person has nothing booked. */
  quietMonth: string;
  close?: () => Promise<void>;
}

const at = (date: Temporal.PlainDate, time: string, zone: string): string =>
  date
    .toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from(time) })
    .toInstant()
    .toString({ smallestUnit: 'second' });

const localTime = (instant: string, zone: string): string =>
  Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainTime().toString({
    smallestUnit: 'minute',
  });

/** What every Calendar must do, whatever sits behind it. */
export function describeCalendarContract(
  name: string,
  setup: () => Promise<CalendarFixture>,
): void {
  describe(`Calendar contract: ${name}`, () => {
    let f: CalendarFixture;
    let day: (offsetMonths: number, dayOfMonth: number) => Temporal.PlainDate;
    const range = (from: Temporal.PlainDate, days: number) => ({
      start: at(from, '00:00', f.zone),
      end: at(from.add({ days }), '00:00', f.zone),
    });
    const meeting = (date: Temporal.PlainDate, extra: Partial<NewCalendarEvent> = {}) => ({
      title: `Career conversation ${uniqueKey('t')}`,
      start: at(date, '10:00', f.zone),
      end: at(date, '11:00', f.zone),
      timeZone: f.zone,
      attendees: [f.other],
      bodyHtml: '<p>A dedicated session about where you want to go.</p>',
      onlineMeeting: true,
      idempotencyKey: uniqueKey('event'),
      ...extra,
    });
    const titled = (events: CalendarEvent[], title: string) =>
      events.filter((e) => e.title === title);

    beforeAll(async () => {
      f = await setup();
      const first = Temporal.PlainYearMonth.from(f.quietMonth);
      day = (offset, dayOfMonth) => first.add({ months: offset }).toPlainDate({ day: dayOfMonth });
    });
    afterAll(async () => {
      await f.close?.();
    });

    it('books a meeting with attendees and a Teams link, and shows it in the range', async () => {
      const input = meeting(day(0, 3));
      const event = await f.calendar.createEvent(input);
      expect(event.id).not.toBe('');
      expect(event.title).toBe(input.title);
      expect([event.start, event.end]).toEqual([input.start, input.end]);
      expect(event.attendees.map((a) => a.email.toLowerCase())).toContain(
        f.other.email.toLowerCase(),
      );
      expect(event.organizerEmail.toLowerCase()).toBe(f.me.email.toLowerCase());
      expect(event.joinUrl).toMatch(/^https:\/\//);
      expect(event.isRecurring).toBe(false);
      const listed = titled(
        await f.calendar.eventsBetween(range(day(0, 3), 1), f.zone),
        input.title,
      );
      expect(listed.map((e) => e.id)).toEqual([event.id]);
    });

    it('books once per idempotency key, however often the create is repeated', async () => {
      const input = meeting(day(0, 4));
      const first = await f.calendar.createEvent(input);
      const again = await f.calendar.createEvent(input);
      expect(again.id).toBe(first.id);
      const listed = titled(
        await f.calendar.eventsBetween(range(day(0, 4), 1), f.zone),
        input.title,
      );
      expect(listed).toHaveLength(1);
    });

    it('books a quarterly series that keeps its local time and expands into occurrences', async () => {
      const startDate = day(0, 5);
      const input = meeting(startDate, {
        recurrence: {
          pattern: 'absoluteMonthly',
          interval: 3,
          dayOfMonth: 5,
          startDate: startDate.toString(),
        },
      });
      const series = await f.calendar.createEvent(input);
      expect(series.isRecurring).toBe(true);
      const listed = titled(
        await f.calendar.eventsBetween(range(startDate, 200), f.zone),
        input.title,
      );
      expect(
        listed.map((e) =>
          Temporal.Instant.from(e.start).toZonedDateTimeISO(f.zone).toPlainDate().toString(),
        ),
      ).toEqual([startDate.toString(), day(3, 5).toString(), day(6, 5).toString()]);
      for (const occurrence of listed) {
        expect(occurrence.seriesMasterId).toBe(series.id);
        expect(localTime(occurrence.start, f.zone)).toBe('10:00');
        expect(localTime(occurrence.end, f.zone)).toBe('11:00');
      }
    });

    it('books a series on the same weekday of the month (relativeMonthly)', async () => {
      const month = day(1, 1).toPlainYearMonth();
      const firstTuesday = Array.from({ length: 7 }, (_, i) =>
        month.toPlainDate({ day: i + 1 }),
      ).find((d) => d.dayOfWeek === 2);
      if (!firstTuesday) throw new Error('a month always has a Tuesday');
      const secondTuesday = firstTuesday.add({ days: 7 });
      const input = meeting(secondTuesday, {
        recurrence: {
          pattern: 'relativeMonthly',
          interval: 3,
          daysOfWeek: ['tuesday'],
          index: 'second',
          startDate: secondTuesday.toString(),
        },
      });
      await f.calendar.createEvent(input);
      const listed = titled(
        await f.calendar.eventsBetween(range(secondTuesday, 100), f.zone),
        input.title,
      );
      expect(listed).toHaveLength(2);
      const next = Temporal.Instant.from(listed[1]?.start ?? '').toZonedDateTimeISO(f.zone);
      expect(next.dayOfWeek).toBe(2);
      expect(Math.ceil(next.day / 7)).toBe(2);
      expect(next.month).toBe(month.add({ months: 3 }).month);
    });

    it('moves and renames an event; an unknown id is not-found', async () => {
      const input = meeting(day(0, 6));
      const event = await f.calendar.createEvent(input);
      const moved = await f.calendar.updateEvent(event.id, {
        title: `${input.title} (moved)`,
        start: at(day(0, 7), '14:00', f.zone),
        end: at(day(0, 7), '15:30', f.zone),
        timeZone: f.zone,
      });
      expect(moved.id).toBe(event.id);
      expect(moved.title).toBe(`${input.title} (moved)`);
      expect(localTime(moved.start, f.zone)).toBe('14:00');
      const listed = await f.calendar.eventsBetween(range(day(0, 6), 2), f.zone);
      expect(titled(listed, input.title)).toEqual([]);
      expect(titled(listed, `${input.title} (moved)`)[0]?.end).toBe(at(day(0, 7), '15:30', f.zone));
      await expectPortError(f.calendar.updateEvent('no-such-event', { title: 'x' }), 'not-found');
    });

    it('moves one occurrence without moving the series', async () => {
      const startDate = day(0, 8);
      const input = meeting(startDate, {
        recurrence: {
          pattern: 'absoluteMonthly',
          interval: 3,
          dayOfMonth: 8,
          startDate: startDate.toString(),
        },
      });
      await f.calendar.createEvent(input);
      const [first] = titled(
        await f.calendar.eventsBetween(range(startDate, 1), f.zone),
        input.title,
      );
      if (!first) throw new Error('the first occurrence is listed');
      await f.calendar.updateEvent(first.id, {
        start: at(startDate, '15:00', f.zone),
        end: at(startDate, '16:00', f.zone),
        timeZone: f.zone,
      });
      const listed = titled(
        await f.calendar.eventsBetween(range(startDate, 100), f.zone),
        input.title,
      );
      expect(listed.map((e) => localTime(e.start, f.zone))).toEqual(['15:00', '10:00']);
    });

    it('cancels a meeting and deletes a private block; both leave the calendar', async () => {
      const meetingInput = meeting(day(0, 9));
      const block = meeting(day(0, 9), { attendees: [], onlineMeeting: false, showAs: 'busy' });
      const booked = await f.calendar.createEvent(meetingInput);
      const blocked = await f.calendar.createEvent(block);
      await f.calendar.cancelEvent(booked.id, 'Moving this to next week.');
      await f.calendar.cancelEvent(blocked.id);
      const listed = await f.calendar.eventsBetween(range(day(0, 9), 1), f.zone);
      const remaining = [...titled(listed, meetingInput.title), ...titled(listed, block.title)];
      expect(remaining.filter((e) => !e.isCancelled)).toEqual([]);
      await expectPortError(f.calendar.cancelEvent('no-such-event'), 'not-found');
    });

    it('cancels one occurrence of a series and keeps the rest', async () => {
      const startDate = day(0, 11);
      const input = meeting(startDate, {
        recurrence: {
          pattern: 'absoluteMonthly',
          interval: 3,
          dayOfMonth: 11,
          startDate: startDate.toString(),
        },
      });
      const series = await f.calendar.createEvent(input);
      const window = range(startDate, 100);
      const [first, second] = titled(await f.calendar.eventsBetween(window, f.zone), input.title);
      if (!first || !second) throw new Error('two occurrences are listed');
      await f.calendar.cancelEvent(first.id, 'Away that week.');
      const left = titled(await f.calendar.eventsBetween(window, f.zone), input.title).filter(
        (e) => !e.isCancelled,
      );
      expect(left.map((e) => e.start)).toEqual([second.start]);
      expect(left[0]?.seriesMasterId).toBe(series.id);
    });

    it('reports my busy time from my calendar, leaves free time out, and hides unknown people', async () => {
      const date = day(0, 10);
      const busy = await f.calendar.createEvent(
        meeting(date, { attendees: [], onlineMeeting: false, showAs: 'busy' }),
      );
      await f.calendar.createEvent(
        meeting(date, {
          attendees: [],
          onlineMeeting: false,
          showAs: 'free',
          start: at(date, '13:05', f.zone),
          end: at(date, '13:50', f.zone),
        }),
      );
      const window = range(date, 1);
      const result = await f.calendar.busyTimes([f.me.email, f.unknownEmail], window, f.zone);
      const mine = result.get(f.me.email) ?? [];
      expect(mine.some((b) => b.start === busy.start && b.end === busy.end)).toBe(true);
      const free = { start: at(date, '13:05', f.zone), end: at(date, '13:50', f.zone) };
      expect(mine.some((b) => b.start === free.start && b.end === free.end)).toBe(false);
      expect(result.get(f.unknownEmail) ?? []).toEqual([]);
    });
  });
}
