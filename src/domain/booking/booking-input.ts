import type { DomainError, Result } from '../result';
import { fail, ok } from '../result';
import { parseInstant } from '../time/parse';
import { Temporal } from '../time/temporal';
import type { Interval, TimeZoneId } from '../time/values';
import { isValidIsoDate, isValidTimeZone, toIsoInstant } from '../time/values';
import { wordingIn, type DateWording } from '../time/wording';
import {
  DEFAULT_GAP_DAYS,
  DEFAULT_HORIZON_DAYS,
  DEFAULT_MAX_PROPOSALS,
  DEFAULT_SESSION_MINUTES,
  MAX_HORIZON_DAYS,
  MAX_PROPOSALS,
  MIN_BOOKED_MINUTES,
} from './booking-rules';
import type { BookingFormat, BookingInput, GapDays, TimeAway } from './booking-types';
import type { TimedBusy } from './busy-time';
import { parseBusy } from './busy-time';
import type { ParsedWorkingHours } from './working-hours';
import { parseWorkingHours } from './working-hours';

export interface TimedAway {
  start: Temporal.Instant;
  end: Temporal.Instant;
  reason: TimeAway['reason'];
}

/** The report's working week and time away, checked. */
export interface OtherPersonContext {
  name: string;
  zone: TimeZoneId;
  hours: ParsedWorkingHours;
  away: TimedAway[];
}

/** A booking request after every field was checked and every default applied. */
export interface BookingContext {
  now: Temporal.Instant;
  zone: TimeZoneId;
  hours: ParsedWorkingHours;
  busy: TimedBusy[];
  format: BookingFormat;
  minutes: number;
  gap: GapDays;
  maxProposals: number;
  /** The manager's own time away. */
  away: TimedAway[];
  report?: OtherPersonContext;
  /** Every session lies in [windowStart, windowEnd). */
  windowStart: Temporal.Instant;
  windowEnd: Temporal.Instant;
  /** Reasons and warnings word their dates with it, read in `zone`. */
  wording: DateWording;
}

export function checkZone(zone: TimeZoneId, field = 'zone'): DomainError | undefined {
  return isValidTimeZone(zone)
    ? undefined
    : { code: 'invalid-time-zone', message: `"${zone}" is not a time zone we know.`, field };
}

/** An instant a request gave in `field`, or the error that names the field. */
export function parseInstantField(value: string, field: string): Result<Temporal.Instant> {
  const parsed = parseInstant(value);
  return parsed
    ? ok(parsed)
    : fail([{ code: 'invalid-instant', message: `"${value}" is not a valid time.`, field }]);
}

const isWholeIn = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

type WindowRequest = Pick<BookingInput, 'now' | 'zone' | 'earliest' | 'horizonDays'>;

function windowFor(
  request: WindowRequest,
  horizonDays: number,
): Interval & { startAt: Temporal.Instant; endAt: Temporal.Instant } {
  const today = request.now.toZonedDateTimeISO(request.zone).toPlainDate();
  const earliest = request.earliest ? Temporal.PlainDate.from(request.earliest) : today;
  const first = Temporal.PlainDate.compare(earliest, today) > 0 ? earliest : today;
  const firstStart = first.toZonedDateTime({ timeZone: request.zone }).toInstant();
  const startAt = Temporal.Instant.compare(firstStart, request.now) > 0 ? firstStart : request.now;
  const endAt = first
    .add({ days: horizonDays })
    .toZonedDateTime({ timeZone: request.zone })
    .toInstant();
  return { start: toIsoInstant(startAt), end: toIsoInstant(endAt), startAt, endAt };
}

function checkWindowRequest(request: WindowRequest): DomainError[] {
  const errors: DomainError[] = [];
  const zoneError = checkZone(request.zone);
  if (zoneError) errors.push(zoneError);
  if (request.earliest !== undefined && !isValidIsoDate(request.earliest)) {
    errors.push({
      code: 'invalid-date',
      message: `"${request.earliest}" is not a date like 2027-03-15.`,
      field: 'earliest',
    });
  }
  if (request.horizonDays !== undefined && !isWholeIn(request.horizonDays, 1, MAX_HORIZON_DAYS)) {
    errors.push({
      code: 'invalid-horizon',
      message: `Look between 1 and ${MAX_HORIZON_DAYS} days ahead.`,
      field: 'horizonDays',
    });
  }
  return errors;
}

/**
 * The stretch of time a booking search covers: fetch free/busy for exactly this interval, and
 * every proposed session falls inside it.
 */
export function bookingWindow(request: WindowRequest): Result<Interval> {
  const errors = checkWindowRequest(request);
  if (errors.length > 0) return fail(errors);
  const { start, end } = windowFor(request, request.horizonDays ?? DEFAULT_HORIZON_DAYS);
  return ok({ start, end });
}

function checkSessionMinutes(minutes: number): DomainError[] {
  if (!Number.isInteger(minutes) || minutes <= 0) {
    return [
      {
        code: 'invalid-session-length',
        message: 'Session length must be a whole number of minutes.',
        field: 'sessionMinutes',
      },
    ];
  }
  if (minutes < MIN_BOOKED_MINUTES) {
    return [
      {
        code: 'session-too-short',
        message:
          `Book at least ${MIN_BOOKED_MINUTES} minutes as a dedicated session: ` +
          'honest answers take a while to surface, and a short slot drifts into a 1:1.',
        field: 'sessionMinutes',
      },
    ];
  }
  return [];
}

function checkGap(gap: GapDays): DomainError[] {
  return isWholeIn(gap.min, 1, MAX_HORIZON_DAYS) && isWholeIn(gap.max, gap.min, MAX_HORIZON_DAYS)
    ? []
    : [
        {
          code: 'invalid-gap',
          message: 'The gap between sessions must be whole days, at least 1, with min ≤ max.',
          field: 'gapDays',
        },
      ];
}

/** Time away is busy time with a reason: parsed the same way, the reason kept. */
function parseAway(away: readonly TimeAway[], field: string): Result<TimedAway[]> {
  const parsed = parseBusy(
    away.map((block) => ({ start: block.start, end: block.end, kind: 'busy' as const })),
    field,
  );
  if (!parsed.ok) return parsed;
  return ok(
    parsed.value.map((block, index) => ({
      start: block.start,
      end: block.end,
      reason: away[index]?.reason ?? 'out-of-office',
    })),
  );
}

function parseReport(report: BookingInput['report']): Result<OtherPersonContext | undefined> {
  if (!report) return ok(undefined);
  const zoneError = checkZone(report.zone, 'report.zone');
  const hours = parseWorkingHours(report.workingHours, 'report.workingHours');
  const away = parseAway(report.away, 'report.away');
  const errors = [
    ...(zoneError ? [zoneError] : []),
    ...(hours.ok ? [] : hours.errors),
    ...(away.ok ? [] : away.errors),
  ];
  if (errors.length > 0 || !hours.ok || !away.ok) return fail(errors);
  return ok({ name: report.name, zone: report.zone, hours: hours.value, away: away.value });
}

export function parseBookingInput(input: BookingInput): Result<BookingContext> {
  const minutes = input.sessionMinutes ?? DEFAULT_SESSION_MINUTES[input.format];
  const gap = input.gapDays ?? DEFAULT_GAP_DAYS;
  const maxProposals = input.maxProposals ?? DEFAULT_MAX_PROPOSALS;
  const hours = parseWorkingHours(input.workingHours);
  const busy = parseBusy(input.busy);
  const away = parseAway(input.away ?? [], 'away');
  const report = parseReport(input.report);
  const errors = [
    ...checkWindowRequest(input),
    ...checkSessionMinutes(minutes),
    ...checkGap(gap),
    ...(hours.ok ? [] : hours.errors),
    ...(busy.ok ? [] : busy.errors),
    ...(away.ok ? [] : away.errors),
    ...(report.ok ? [] : report.errors),
  ];
  if (!isWholeIn(maxProposals, 1, MAX_PROPOSALS)) {
    errors.push({
      code: 'invalid-max-proposals',
      message: `Ask for between 1 and ${MAX_PROPOSALS} proposals.`,
      field: 'maxProposals',
    });
  }
  if (errors.length > 0 || !hours.ok || !busy.ok || !away.ok || !report.ok) return fail(errors);
  const window = windowFor(input, input.horizonDays ?? DEFAULT_HORIZON_DAYS);
  return ok({
    now: input.now,
    zone: input.zone,
    hours: hours.value,
    busy: busy.value,
    format: input.format,
    minutes,
    gap,
    maxProposals,
    away: away.value,
    ...(report.value ? { report: report.value } : {}),
    windowStart: window.startAt,
    windowEnd: window.endAt,
    wording: wordingIn(input.zone, input.wording),
  });
}
