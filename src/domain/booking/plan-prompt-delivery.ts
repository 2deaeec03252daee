import type { Result } from '../result';
import { fail, ok } from '../result';
import { Temporal } from '../time/temporal';
import type { IsoInstant, TimeZoneId } from '../time/values';
import { toIsoInstant } from '../time/values';
import { PROMPT_LEAD_WORKING_DAYS } from './booking-rules';
import type { WorkingHours } from './booking-types';
import { checkZone, parseInstantField } from './booking-input';
import { wordingIn, type DateWording } from '../time/wording';
import type { ParsedWorkingHours } from './working-hours';
import {
  ceilToMinute,
  isWorkingDay,
  nextWorkingInstant,
  parseWorkingHours,
  workingWindowOn,
} from './working-hours';

export interface PromptDeliveryPlan {
  /** When the reflection prompt reaches the report: never before `now`. */
  deliverAt: IsoInstant;
  /** True when it arrives the full three working days ahead. */
  onTime: boolean;
  warnings: string[];
}

/** The start of working hours, three working days before the session's local date. */
function idealDelivery(
  sessionStart: Temporal.Instant,
  zone: TimeZoneId,
  hours: ParsedWorkingHours,
): Temporal.Instant {
  let date = sessionStart.toZonedDateTimeISO(zone).toPlainDate();
  let counted = 0;
  while (counted < PROMPT_LEAD_WORKING_DAYS) {
    date = date.subtract({ days: 1 });
    if (isWorkingDay(date, hours)) counted += 1;
  }
  return workingWindowOn(date, zone, hours).start;
}

/** For callers that already hold parsed working hours (the booking search). */
export function planPromptDeliveryWith(
  sessionStart: Temporal.Instant,
  zone: TimeZoneId,
  hours: ParsedWorkingHours,
  now: Temporal.Instant,
  wording?: DateWording,
): PromptDeliveryPlan {
  const ideal = idealDelivery(sessionStart, zone, hours);
  if (Temporal.Instant.compare(ideal, now) >= 0) {
    return { deliverAt: toIsoInstant(ideal), onTime: true, warnings: [] };
  }
  const today = now.toZonedDateTimeISO(zone).toPlainDate();
  const soonest = nextWorkingInstant(now, zone, hours);
  if (Temporal.Instant.compare(soonest, sessionStart) < 0) {
    return {
      deliverAt: toIsoInstant(soonest),
      onTime: false,
      warnings: [
        `The first session is less than ${PROMPT_LEAD_WORKING_DAYS} working days away, so the ` +
          `reflection prompt goes out ${wordingIn(zone, wording).dayAt(soonest, today)}: ` +
          'less time for them to think. A later slot gives them a few days.',
      ],
    };
  }
  // No working time is left before the session: sending now beats arriving afterwards.
  return {
    deliverAt: toIsoInstant(ceilToMinute(now)),
    onTime: false,
    warnings: [
      'There is no working time left before the first session, so the reflection prompt goes ' +
        'out straight away. A later slot gives them a few days to think.',
    ],
  };
}

/**
 * When to deliver the reflection prompt ("A few days before the conversation, send a message"):
 * at the start of working hours three working days before the first session, or, when that is
 * already past, the next working-hours moment after `now`, with a warning.
 */
export function planPromptDelivery(
  firstSessionStart: Temporal.Instant | IsoInstant,
  zone: TimeZoneId,
  workingHours: WorkingHours,
  now: Temporal.Instant,
  wording?: DateWording,
): Result<PromptDeliveryPlan> {
  const hours = parseWorkingHours(workingHours);
  if (!hours.ok) return hours;
  const zoneError = checkZone(zone);
  if (zoneError) return fail([zoneError]);
  const start =
    typeof firstSessionStart === 'string'
      ? parseInstantField(firstSessionStart, 'firstSessionStart')
      : ok(firstSessionStart);
  if (!start.ok) return start;
  return ok(planPromptDeliveryWith(start.value, zone, hours.value, now, wording));
}
