import { z } from 'zod/mini';
import type { Availability, BusyBlock, WorkingWeek } from '../../../app/ports';
import type { Interval, TimeZoneId } from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import { dateTimeTimeZone, type GraphClient } from '../client';
import { graphDateTime, instantFromGraph, preferTimeZone, toIanaZone } from '../shared/date-time';
import { SCOPES } from '../shared/scopes';

const scheduleInformation = z.object({
  value: z.catch(
    z.array(
      z.object({
        scheduleId: z.string(),
        scheduleItems: z.catch(
          z.nullish(
            z.array(
              z.catch(
                z.object({
                  status: z.catch(z.string(), 'unknown'),
                  start: dateTimeTimeZone,
                  end: dateTimeTimeZone,
                }),
                {
                  status: 'unknown',
                  start: { dateTime: '' },
                  end: { dateTime: '' },
                },
              ),
            ),
          ),
          [],
        ),
        workingHours: z.catch(
          z.nullish(
            z.object({
              daysOfWeek: z.nullish(z.array(z.string())),
              startTime: z.nullish(z.string()),
              endTime: z.nullish(z.string()),
              timeZone: z.nullish(z.object({ name: z.nullish(z.string()) })),
            }),
          ),
          null,
        ),
        error: z.catch(z.nullish(z.object({ message: z.nullish(z.string()) })), null),
      }),
    ),
    [],
  ),
});

/** getSchedule answers for at most this many people at once, over at most 62 days. */
const PEOPLE_PER_CALL = 20;
const MAX_WINDOW_DAYS = 60;

const STATUSES: Readonly<Record<string, BusyBlock['status']>> = {
  busy: 'busy',
  tentative: 'tentative',
  oof: 'oof',
  workingelsewhere: 'workingElsewhere',
  free: 'free',
};

const ISO_DAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

type GraphWorkingHours = z.infer<typeof scheduleInformation>['value'][number]['workingHours'];

/**
 * Graph's working hours (`daysOfWeek` names, `HH:MM:SS.fffffff`, a Windows zone name) in our
 * words. Unreadable or empty hours are dropped rather than guessed: the caller then assumes a
 * working week and says so.
 */
export function toWorkingWeek(hours: GraphWorkingHours): WorkingWeek | undefined {
  const zone = toIanaZone(hours?.timeZone?.name);
  const start = /^(\d{2}:\d{2})/.exec(hours?.startTime ?? '')?.[1];
  const end = /^(\d{2}:\d{2})/.exec(hours?.endTime ?? '')?.[1];
  const days = (hours?.daysOfWeek ?? []).flatMap((day) => ISO_DAYS[day.toLowerCase()] ?? []);
  if (!zone || !start || !end || days.length === 0 || start >= end) return undefined;
  return { zone, hours: { start, end, days: [...new Set(days)].sort((a, b) => a - b) } };
}

/**
 * getSchedule shows colleagues only status and times, not `isAllDay`. An all-day item runs from
 * midnight to midnight in its owner's zone (the zone of their working hours), whole days long.
 */
function isAllDay(start: string, end: string, zone: TimeZoneId | undefined): boolean {
  if (!zone) return false;
  const from = Temporal.Instant.from(start).toZonedDateTimeISO(zone);
  const to = Temporal.Instant.from(end).toZonedDateTimeISO(zone);
  const midnight = (at: Temporal.ZonedDateTime) =>
    at.hour === 0 && at.minute === 0 && at.second === 0;
  return midnight(from) && midnight(to) && Temporal.PlainDate.compare(from, to) < 0;
}

function windows(range: Interval): Interval[] {
  const result: Interval[] = [];
  const end = Temporal.Instant.from(range.end);
  let start = Temporal.Instant.from(range.start);
  while (Temporal.Instant.compare(start, end) < 0) {
    const next = start.add({ hours: 24 * MAX_WINDOW_DAYS });
    const stop = Temporal.Instant.compare(next, end) < 0 ? next : end;
    result.push({ start: start.toString(), end: stop.toString() });
    start = stop;
  }
  return result;
}

/**
 * Busy blocks, all-day items and working week per person (by the email asked for) via POST
 * /me/calendar/getSchedule. A person whose free/busy Graph will not share (unknown address,
 * hidden calendar) is left out of the map rather than shown as free. Free items are kept only
 * when they are all-day (a day off shown as free); subjects are never read.
 */
export async function readAvailability(
  graph: GraphClient,
  emails: readonly string[],
  range: Interval,
  timeZone: TimeZoneId,
): Promise<Map<string, Availability>> {
  const byLower = new Map(emails.map((email) => [email.toLowerCase(), email]));
  const result = new Map<string, Availability>();
  for (let index = 0; index < emails.length; index += PEOPLE_PER_CALL) {
    const people = emails.slice(index, index + PEOPLE_PER_CALL);
    for (const window of windows(range)) {
      const answer = await graph.json(
        {
          method: 'POST',
          path: '/me/calendar/getSchedule',
          headers: preferTimeZone(timeZone),
          body: {
            schedules: people,
            startTime: graphDateTime(window.start, timeZone),
            endTime: graphDateTime(window.end, timeZone),
            availabilityViewInterval: 15,
          },
          scopes: SCOPES.calendar,
          retrySafe: true,
        },
        scheduleInformation,
      );
      for (const schedule of answer.value) {
        const email = byLower.get(schedule.scheduleId.toLowerCase());
        if (!email || schedule.error) continue;
        const workingWeek = toWorkingWeek(schedule.workingHours);
        const known = result.get(email);
        const blocks = known?.busy ?? [];
        for (const item of schedule.scheduleItems ?? []) {
          const status = STATUSES[item.status.toLowerCase()];
          const start = instantFromGraph(item.start);
          const end = instantFromGraph(item.end);
          if (!status || !start || !end) continue;
          const allDay = isAllDay(start, end, workingWeek?.zone);
          if (status === 'free' && !allDay) continue;
          blocks.push({ start, end, status, ...(allDay ? { allDay } : {}) });
        }
        const week = known?.workingWeek ?? workingWeek;
        result.set(email, { busy: blocks, ...(week ? { workingWeek: week } : {}) });
      }
    }
  }
  return result;
}

/** Busy time only: what blocks a meeting, without free all-day items. */
export async function readBusyTimes(
  graph: GraphClient,
  emails: readonly string[],
  range: Interval,
  timeZone: TimeZoneId,
): Promise<Map<string, BusyBlock[]>> {
  const availability = await readAvailability(graph, emails, range, timeZone);
  return new Map(
    [...availability].map(([email, { busy }]) => [
      email,
      busy.filter((block) => block.status !== 'free'),
    ]),
  );
}
