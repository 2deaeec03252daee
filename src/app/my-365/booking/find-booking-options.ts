import type { DateWording } from '../../../domain';
import type { Calendar } from '../../ports';
import type {
  BookingFormat,
  BookingPlan,
  DomainError,
  IsoDate,
  TimeZoneId,
  WorkingHours,
} from '../../../domain';
import { bookingWindow, planBooking } from '../../../domain';
import type { Temporal } from '../../../domain/time/temporal';
import type { BookingCalendar } from './booking-calendar';
import { readBookingCalendar } from './booking-calendar';
import type { BookingPeople } from './booking-people';
import { firstNameOf } from './time-away';

export interface FindBookingOptionsInput {
  /** How the skipped days and warnings word dates: the host's on screen; en-GB when absent. */
  dates?: DateWording;
  people: BookingPeople;
  format: BookingFormat;
  /** The manager's zone: their working hours are read in it. */
  zone: TimeZoneId;
  workingHours: WorkingHours;
  /** The working week assumed for the report, in their own zone. */
  reportHours: WorkingHours;
  now: Temporal.Instant;
  earliest?: IsoDate;
  horizonDays?: number;
  maxProposals?: number;
}

export type BookingOptions =
  { ok: true; calendar: BookingCalendar; plan: BookingPlan } | { ok: false; errors: DomainError[] };

/**
 * Free times for the quarterly series: reads both calendars over the window the domain asks for
 * and lets the domain's planner propose sessions in both people's working hours (as Outlook
 * shares them, else as assumed), clear of busy time, of either person's time away and of the
 * manager's 1:1s with the report, with the reason each skipped day was skipped.
 */
export async function findBookingOptions(
  calendar: Calendar,
  input: FindBookingOptionsInput,
): Promise<BookingOptions> {
  const window = bookingWindow(input);
  if (!window.ok) return window;
  const read = await readBookingCalendar(calendar, {
    people: input.people,
    window: window.value,
    zone: input.zone,
    workingHours: input.workingHours,
    reportHours: input.reportHours,
  });
  const plan = planBooking({
    now: input.now,
    zone: input.zone,
    workingHours: read.managerWeek.hours,
    busy: read.busy,
    away: read.managerAway,
    report: {
      name: firstNameOf(input.people.report),
      zone: read.reportWeek.zone,
      workingHours: read.reportWeek.hours,
      away: read.reportAway,
    },
    format: input.format,
    ...(input.earliest !== undefined ? { earliest: input.earliest } : {}),
    ...(input.horizonDays !== undefined ? { horizonDays: input.horizonDays } : {}),
    ...(input.maxProposals !== undefined ? { maxProposals: input.maxProposals } : {}),
    ...(input.dates !== undefined ? { wording: input.dates } : {}),
  });
  return { ok: true, calendar: read, plan };
}
