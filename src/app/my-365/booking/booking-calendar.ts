import type { BusyBlock, Calendar, CalendarEvent } from '../../ports';
import type {
  BusyInterval,
  Interval,
  Person,
  TimeAway,
  TimeZoneId,
  WorkingHours,
} from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import { toIsoInstant } from '../../../domain';
import type { BookingPeople } from './booking-people';
import { isCareerConversationEvent, participantsOf } from './booking-people';
import { offHours } from './off-hours';
import type { KnownWorkingWeek } from './time-away';
import { myAutomaticReplies, timeAwayOf, workingWeekOf } from './time-away';

/** What the manager's and the report's calendars say about the coming weeks. */
export interface BookingCalendar {
  window: Interval;
  /** Both people's busy time, with the manager's 1:1s with the report marked as such. */
  busy: BusyInterval[];
  /** When the report is outside their working hours, read in their own zone. */
  reportOffHours: Interval[];
  /** Each person's working week: from Outlook when shared, else the one assumed. */
  managerWeek: KnownWorkingWeek;
  reportWeek: KnownWorkingWeek;
  /** Out of office (automatic replies, out-of-office items) and all-day items, by person. */
  managerAway: TimeAway[];
  reportAway: TimeAway[];
  /** The manager's 1:1s with the report in the window, for the manager to see what is kept clear. */
  oneOnOnes: CalendarEvent[];
  /** People whose free/busy was not shared: their busy time is unknown, not free. */
  unreadable: Person[];
}

export interface ReadBookingCalendarInput {
  people: BookingPeople;
  window: Interval;
  /** The manager's zone. */
  zone: TimeZoneId;
  /** The manager's working week when Outlook does not share it. */
  workingHours?: WorkingHours;
  /** The working week assumed for the report, in their own zone, when Outlook does not share it. */
  reportHours: WorkingHours;
  /** Events being moved: their own time is no clash with themselves. */
  ignore?: readonly Interval[];
}

const ONE_ON_ONE_TITLE = /(?:^|[^\w])(?:1:1|1-1|1 ?on ?1|one[- ]on[- ]one)(?:$|[^\w])/i;

/**
 * Failure 2 starts from the manager's own calendar: a meeting of just the two of them, or one
 * titled as a 1:1 that the report is in, is their 1:1 (never one of our own bookings).
 */
export function isOneOnOneWith(event: CalendarEvent, people: BookingPeople): boolean {
  if (event.isCancelled || isCareerConversationEvent(event)) return false;
  const participants = participantsOf(event);
  if (!participants.has(people.report.mail.trim().toLowerCase())) return false;
  participants.delete(people.manager.mail.trim().toLowerCase());
  return participants.size === 1 || ONE_ON_ONE_TITLE.test(event.title);
}

const ms = (iso: string): number => Temporal.Instant.from(iso).epochMilliseconds;
const iso = (epochMs: number): string =>
  toIsoInstant(Temporal.Instant.fromEpochMilliseconds(epochMs));

/** `block` without the parts covered by `cuts`: what is left of it, in order. */
export function subtract(block: Interval, cuts: readonly Interval[]): Interval[] {
  let pieces: [number, number][] = [[ms(block.start), ms(block.end)]];
  for (const cut of cuts) {
    const [cutStart, cutEnd] = [ms(cut.start), ms(cut.end)];
    pieces = pieces.flatMap(([start, end]): [number, number][] => {
      if (cutEnd <= start || end <= cutStart) return [[start, end]];
      const left: [number, number][] = start < cutStart ? [[start, cutStart]] : [];
      const right: [number, number][] = cutEnd < end ? [[cutEnd, end]] : [];
      return [...left, ...right];
    });
  }
  return pieces.map(([start, end]) => ({ start: iso(start), end: iso(end) }));
}

/** Working elsewhere is still available for a conversation; everything else is not. */
const blocksTime = (block: BusyBlock): boolean =>
  block.status !== 'workingElsewhere' && (block.status !== 'free' || block.allDay === true);

/**
 * Reads both people's free/busy and the manager's own events for the window, and turns them into
 * what the domain's planner and checks take: busy time (1:1s with the report marked, so the
 * planner keeps clear of them and a hand-picked slot inside one is refused) and the report's
 * off hours.
 */
export async function readBookingCalendar(
  calendar: Calendar,
  input: ReadBookingCalendarInput,
): Promise<BookingCalendar> {
  const { people, window, zone } = input;
  const emails = [people.manager.mail, people.report.mail];
  const [byPerson, events, myReplies] = await Promise.all([
    calendar.availability(emails, window, zone),
    calendar.eventsBetween(window, zone),
    myAutomaticReplies(calendar, window),
  ]);
  const oneOnOnes = events.filter((event) => isOneOnOneWith(event, people));
  const ignore = input.ignore ?? [];
  const cuts = [...oneOnOnes, ...ignore];
  const busy: BusyInterval[] = [];
  const unreadable: Person[] = [];
  for (const [person, email] of [
    [people.manager, emails[0]],
    [people.report, emails[1]],
  ] as const) {
    const blocks = byPerson.get(email ?? '')?.busy;
    if (!blocks) {
      unreadable.push(person);
      continue;
    }
    for (const block of blocks.filter(blocksTime)) {
      busy.push(...subtract(block, cuts).map((piece) => ({ ...piece, kind: 'busy' as const })));
    }
  }
  for (const event of oneOnOnes) {
    const left = subtract(event, ignore);
    busy.push(...left.map((piece) => ({ ...piece, kind: 'one-on-one' as const })));
  }
  const managerAvailability = byPerson.get(emails[0] ?? '');
  const reportAvailability = byPerson.get(emails[1] ?? '');
  const managerWeek = workingWeekOf(managerAvailability, {
    zone,
    hours: input.workingHours ?? input.reportHours,
  });
  const reportWeek = workingWeekOf(reportAvailability, {
    zone: people.report.timeZone ?? zone,
    hours: input.reportHours,
  });
  return {
    window,
    busy,
    reportOffHours: offHours(reportWeek.zone, reportWeek.hours, window),
    managerWeek,
    reportWeek,
    managerAway: [...myReplies, ...timeAwayOf(managerAvailability?.busy ?? [])],
    reportAway: timeAwayOf(reportAvailability?.busy ?? []),
    oneOnOnes,
    unreadable,
  };
}
