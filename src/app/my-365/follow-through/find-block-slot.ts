import {
  Temporal,
  toIsoInstant,
  type Interval,
  type IsoDate,
  type IsoInstant,
  type TimeZoneId,
  type WorkingHours,
} from '../../../domain';

/** Blocks start on the half hour, as people book their own time. */
const STEP_MINUTES = 30;
/** When nothing fits before an overdue commitment's date, look this far ahead from today. */
const CATCH_UP_DAYS = 7;

export interface BlockSlotRequest {
  now: Temporal.Instant;
  zone: TimeZoneId;
  /** The commitment's due date: the block sits on or before it. */
  due: IsoDate;
  minutes: number;
  /** Everything already in the manager's calendar over the search range. */
  busy: readonly Interval[];
  hours: WorkingHours;
  /** How many days before the due date the search starts: time to act, not a month early. */
  leadDays: number;
}

export interface BlockSlot extends Interval {
  /** The commitment was already due: the block is the first free time from today. */
  afterDue: boolean;
}

const minutesOf = (hhmm: string): number => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

const later = (a: Temporal.PlainDate, b: Temporal.PlainDate): Temporal.PlainDate =>
  Temporal.PlainDate.compare(a, b) >= 0 ? a : b;

/** The range of instants a search over these dates reads the calendar for. */
export function blockSearchRange(request: Omit<BlockSlotRequest, 'busy'>): Interval {
  const today = request.now.toZonedDateTimeISO(request.zone).toPlainDate();
  const due = Temporal.PlainDate.from(request.due);
  const last = later(due, today.add({ days: CATCH_UP_DAYS }));
  const start = request.now;
  const end = last.add({ days: 1 }).toZonedDateTime({ timeZone: request.zone }).toInstant();
  return { start: toIsoInstant(start), end: toIsoInstant(end) };
}

/** Busy time as epoch milliseconds, parsed once: the search compares every slot with all of it. */
interface BusyMs {
  startMs: number;
  endMs: number;
}

function firstFreeOn(
  date: Temporal.PlainDate,
  request: BlockSlotRequest,
  busy: readonly BusyMs[],
): { start: IsoInstant; end: IsoInstant } | undefined {
  if (!request.hours.days.includes(date.dayOfWeek)) return undefined;
  const from = minutesOf(request.hours.start);
  const to = minutesOf(request.hours.end);
  const firstStep = Math.ceil(from / STEP_MINUTES) * STEP_MINUTES;
  for (let minute = firstStep; minute + request.minutes <= to; minute += STEP_MINUTES) {
    const start = date
      .toZonedDateTime({
        timeZone: request.zone,
        plainTime: new Temporal.PlainTime(Math.floor(minute / 60), minute % 60),
      })
      .toInstant();
    if (Temporal.Instant.compare(start, request.now) < 0) continue;
    const startMs = start.epochMilliseconds;
    const endMs = startMs + request.minutes * 60_000;
    if (busy.every((block) => endMs <= block.startMs || block.endMs <= startMs)) {
      return {
        start: toIsoInstant(start),
        end: toIsoInstant(start.add({ minutes: request.minutes })),
      };
    }
  }
  return undefined;
}

function firstFreeBetween(
  first: Temporal.PlainDate,
  last: Temporal.PlainDate,
  request: BlockSlotRequest,
  busy: readonly BusyMs[],
): { start: IsoInstant; end: IsoInstant; date: Temporal.PlainDate } | undefined {
  for (
    let date = first;
    Temporal.PlainDate.compare(date, last) <= 0;
    date = date.add({ days: 1 })
  ) {
    const slot = firstFreeOn(date, request, busy);
    if (slot) return { ...slot, date };
  }
  return undefined;
}

/**
 * Where to block time for a commitment: the first free half-hour-aligned slot in working hours
 * in the days just before its due date, else any free time from today to the due date, else
 * (already due, or a full calendar) the first free time in the coming week, said plainly.
 * Undefined when the calendar has no room at all, so the caller can offer a To Do task instead.
 */
export function findBlockSlot(request: BlockSlotRequest): BlockSlot | undefined {
  const today = request.now.toZonedDateTimeISO(request.zone).toPlainDate();
  const due = Temporal.PlainDate.from(request.due);
  const lead = later(due.subtract({ days: request.leadDays }), today);
  const attempts: [Temporal.PlainDate, Temporal.PlainDate][] = [
    [lead, due],
    [today, due],
    [today, later(due, today.add({ days: CATCH_UP_DAYS }))],
  ];
  const busy = request.busy.map((block) => ({
    startMs: Temporal.Instant.from(block.start).epochMilliseconds,
    endMs: Temporal.Instant.from(block.end).epochMilliseconds,
  }));
  for (const [first, last] of attempts) {
    const found = firstFreeBetween(first, last, request, busy);
    if (found) {
      return {
        start: found.start,
        end: found.end,
        afterDue: Temporal.PlainDate.compare(found.date, due) > 0,
      };
    }
  }
  return undefined;
}
