import { z } from 'zod/mini';
import type { BusyBlock } from '../../../app/ports';
import type { Interval, TimeZoneId } from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import { dateTimeTimeZone, type GraphClient } from '../client';
import { graphDateTime, instantFromGraph, preferTimeZone } from '../shared/date-time';
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
};

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
 * Busy blocks per person (by the email asked for) via POST /me/calendar/getSchedule. A person
 * whose free/busy Graph will not share (unknown address, hidden calendar) is left out of the
 * map rather than shown as free.
 */
export async function readBusyTimes(
  graph: GraphClient,
  emails: readonly string[],
  range: Interval,
  timeZone: TimeZoneId,
): Promise<Map<string, BusyBlock[]>> {
  const byLower = new Map(emails.map((email) => [email.toLowerCase(), email]));
  const result = new Map<string, BusyBlock[]>();
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
        const blocks = result.get(email) ?? [];
        for (const item of schedule.scheduleItems ?? []) {
          const status = STATUSES[item.status.toLowerCase()];
          const start = instantFromGraph(item.start);
          const end = instantFromGraph(item.end);
          if (status && start && end) blocks.push({ start, end, status });
        }
        result.set(email, blocks);
      }
    }
  }
  return result;
}
