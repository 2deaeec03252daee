import {
  bookingWindow,
  CADENCE,
  planBooking,
  Temporal,
  toIsoInstant,
  type BusyInterval,
  ASSUMED_WORKING_HOURS,
  type Interval,
  type IsoDate,
  type IsoInstant,
  type Person,
  type TimeZoneId,
  type WorkingHours,
} from '../../../domain';
import type { BusyBlock, Calendar, CalendarEvent } from '../../ports';

/** "Can we book an hour?": the ad hoc conversation takes the top of its range, at least 60. */
export const AD_HOC_MINUTES = CADENCE['ad-hoc'].duration.max;

/** At least a working week to look in, so a trigger logged on a Friday still finds a slot. */
const MIN_HORIZON_DAYS = 5;
const MAX_HORIZON_DAYS = 28;
/** planBooking ranks for the quarterly series (prompt lead time first); we want the earliest. */
const CANDIDATES = 10;
const SHOWN = 4;

export interface AdHocSlotsInput {
  manager: Person;
  report: Person;
  now: Temporal.Instant;
  /** The manager's zone: working hours and "today" are read in it. */
  zone: TimeZoneId;
  /** The date the domain suggests holding the conversation by. */
  dueBy: IsoDate;
  /** Look this many days ahead instead of up to the due date. */
  horizonDays?: number;
  workingHours?: WorkingHours;
}

export interface AdHocSlot {
  start: IsoInstant;
  end: IsoInstant;
  /** False when the slot falls after the suggested date: the manager should know. */
  byDueDate: boolean;
}

export type AdHocSlots =
  | { ok: true; slots: AdHocSlot[]; horizonDays: number }
  | { ok: false; message: string; horizonDays: number };

const ONE_ON_ONE_TITLE = /\b1:1\b|\bone[- ]on[- ]one\b/i;

/** An existing 1:1 with this person: the career conversation must stay clear of it (Failure 2). */
export function isOneOnOneWith(event: CalendarEvent, reportEmail: string): boolean {
  const email = reportEmail.toLowerCase();
  return (
    !event.isCancelled &&
    ONE_ON_ONE_TITLE.test(event.title) &&
    event.attendees.some((a) => a.email.toLowerCase() === email)
  );
}

/** Both people's busy time and the manager's 1:1s with the report, as the booking rules read them. */
export function toBusyIntervals(
  blocks: ReadonlyMap<string, readonly BusyBlock[]>,
  managerEvents: readonly CalendarEvent[],
  reportEmail: string,
): BusyInterval[] {
  const busy: BusyInterval[] = [...blocks.values()].flatMap((list) =>
    // Working elsewhere is still available for a Teams meeting.
    list
      .filter((b) => b.status !== 'workingElsewhere')
      .map((b): BusyInterval => ({ start: b.start, end: b.end, kind: 'busy' })),
  );
  const oneOnOnes = managerEvents
    .filter((e) => isOneOnOneWith(e, reportEmail))
    .map((e): BusyInterval => ({ start: e.start, end: e.end, kind: 'one-on-one' }));
  return [...busy, ...oneOnOnes];
}

/**
 * Outside the report's own working day, in their zone, counts as busy: Priya's team spans eight
 * zones, and free/busy alone would offer Toronto a 09:00 London slot.
 */
export function outsideWorkingHours(
  range: Interval,
  zone: TimeZoneId,
  hours: WorkingHours,
): BusyInterval[] {
  const first = Temporal.Instant.from(range.start).toZonedDateTimeISO(zone).toPlainDate();
  const last = Temporal.Instant.from(range.end).toZonedDateTimeISO(zone).toPlainDate();
  const start = Temporal.PlainTime.from(hours.start);
  const end = Temporal.PlainTime.from(hours.end);
  const blocks: BusyInterval[] = [];
  for (let day = first; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
    const at = (time?: Temporal.PlainTime): IsoInstant =>
      toIsoInstant(day.toZonedDateTime({ timeZone: zone, plainTime: time }).toInstant());
    const midnight = at();
    const next = toIsoInstant(day.add({ days: 1 }).toZonedDateTime({ timeZone: zone }).toInstant());
    if (!hours.days.includes(day.dayOfWeek)) {
      blocks.push({ start: midnight, end: next, kind: 'busy' });
      continue;
    }
    blocks.push({ start: midnight, end: at(start), kind: 'busy' });
    blocks.push({ start: at(end), end: next, kind: 'busy' });
  }
  return blocks;
}

function horizonFor(input: AdHocSlotsInput): number {
  if (input.horizonDays !== undefined) return input.horizonDays;
  const today = input.now.toZonedDateTimeISO(input.zone).toPlainDate();
  const untilDue = today.until(Temporal.PlainDate.from(input.dueBy)).days + 1;
  return Math.min(Math.max(untilDue, MIN_HORIZON_DAYS), MAX_HORIZON_DAYS);
}

/**
 * The earliest hour-long times both people are free for the ad hoc conversation a trigger calls
 * for: within working hours, clear of busy time and of their 1:1s, soonest first.
 */
export async function findAdHocSlots(
  calendar: Pick<Calendar, 'busyTimes' | 'eventsBetween'>,
  input: AdHocSlotsInput,
): Promise<AdHocSlots> {
  const horizonDays = horizonFor(input);
  const workingHours = input.workingHours ?? ASSUMED_WORKING_HOURS;
  const window = bookingWindow({ now: input.now, zone: input.zone, horizonDays });
  if (!window.ok) {
    return { ok: false, message: window.errors.map((e) => e.message).join(' '), horizonDays };
  }
  const emails = [input.manager.mail, input.report.mail];
  const [blocks, events] = await Promise.all([
    calendar.busyTimes(emails, window.value, input.zone),
    calendar.eventsBetween(window.value, input.zone),
  ]);
  const reportZone = input.report.timeZone;
  const busy = [
    ...toBusyIntervals(blocks, events, input.report.mail),
    ...(reportZone && reportZone !== input.zone
      ? outsideWorkingHours(window.value, reportZone, workingHours)
      : []),
  ];
  const plan = planBooking({
    now: input.now,
    zone: input.zone,
    workingHours,
    busy,
    format: 'single-90',
    sessionMinutes: AD_HOC_MINUTES,
    horizonDays,
    maxProposals: CANDIDATES,
  });
  if (!plan.ok) {
    return { ok: false, message: plan.errors.map((e) => e.message).join(' '), horizonDays };
  }
  const due = Temporal.PlainDate.from(input.dueBy);
  const slots = plan.proposals
    .flatMap((p) => p.sessions)
    .sort((a, b) => Temporal.Instant.compare(a.start, b.start))
    .slice(0, SHOWN)
    .map((s) => ({
      start: s.start,
      end: s.end,
      byDueDate:
        Temporal.PlainDate.compare(
          Temporal.Instant.from(s.start).toZonedDateTimeISO(input.zone).toPlainDate(),
          due,
        ) <= 0,
    }));
  return { ok: true, slots, horizonDays };
}
