import { z } from 'zod/mini';
import { isPortError } from '../../../app/ports';
import type { TimeZoneId } from '../../../domain';
import type { GraphClient } from '../client';
import { toIanaZone } from '../shared/date-time';
import { SCOPES } from '../shared/scopes';

const schedules = z.object({
  value: z.catch(
    z.array(
      z.object({
        scheduleId: z.string(),
        workingHours: z.catch(
          z.nullish(z.object({ timeZone: z.nullish(z.object({ name: z.nullish(z.string()) })) })),
          null,
        ),
      }),
    ),
    [],
  ),
});

const CHUNK = 20;

/**
 * Each person's time zone as free/busy shares it (their working hours' zone), by lower-case
 * email. A delegated caller cannot read other people's mailboxSettings, but may read free/busy.
 * Best effort: a person whose zone is not shared is left out, and a refused lookup yields none,
 * because the directory must still list people whose calendars are hidden.
 */
export async function readWorkingTimeZones(
  graph: GraphClient,
  emails: readonly string[],
): Promise<Map<string, TimeZoneId>> {
  const zones = new Map<string, TimeZoneId>();
  const start = new Date();
  const end = new Date(start.getTime() + 30 * 60_000);
  const window = (at: Date) => ({ dateTime: at.toISOString().slice(0, 19), timeZone: 'UTC' });
  for (let index = 0; index < emails.length; index += CHUNK) {
    const chunk = emails.slice(index, index + CHUNK);
    try {
      const result = await graph.json(
        {
          method: 'POST',
          path: '/me/calendar/getSchedule',
          body: {
            schedules: chunk,
            startTime: window(start),
            endTime: window(end),
            availabilityViewInterval: 30,
          },
          scopes: SCOPES.calendar,
          retrySafe: true,
        },
        schedules,
      );
      for (const schedule of result.value) {
        const zone = toIanaZone(schedule.workingHours?.timeZone?.name);
        if (zone) zones.set(schedule.scheduleId.toLowerCase(), zone);
      }
    } catch (error) {
      if (!isPortError(error) || error.kind === 'unauthenticated') throw error;
    }
  }
  return zones;
}
