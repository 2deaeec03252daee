import { Temporal } from 'temporal-polyfill';
import type { SeedInput } from '../../seed/build-state';
import type { DemoOrg, DemoPerson } from '../../seed/demo-org';
import type { TenantState } from '../../state/types';
import { addCalendarEvent } from './add-event';
import { dayName } from './recurrence';
import { calendarStateOf } from './state';
import { Planner } from './seed-planner';
import { formatLocalDateTime } from './time-zones';
import { seedTimeAway } from './seed-time-away';

/**
 * Demo calendars that make free/busy look like a real organisation: a weekly 1:1 between each
 * manager and report (a different weekday and time per report, inside both people's working
 * hours where the zones allow), team standups, a leadership sync, a monthly all-hands, and a
 * few one-off meetings and personal blocks in the coming weeks.
 */
const HISTORY_WEEKS = 26;

function local(
  value: Temporal.ZonedDateTime,
  person: DemoPerson,
): { dateTime: string; timeZone: string } {
  return {
    dateTime: formatLocalDateTime(value.toPlainDateTime()),
    timeZone: person.windowsTimeZone,
  };
}

function attendeesOf(people: DemoPerson[]): Record<string, unknown>[] {
  return people.map((person) => ({
    emailAddress: { address: person.mail, name: person.displayName },
    type: 'required',
  }));
}

interface Meeting {
  organizer: DemoPerson;
  attendees: DemoPerson[];
  subject: string;
  start: Temporal.ZonedDateTime;
  minutes: number;
  body: string;
  recurrence?: Record<string, unknown>;
  extra?: Record<string, unknown>;
}

function book(state: TenantState, now: Date, meeting: Meeting): void {
  const { organizer, start } = meeting;
  addCalendarEvent(
    state,
    organizer.id,
    {
      subject: meeting.subject,
      body: { contentType: 'text', content: meeting.body },
      start: local(start, organizer),
      end: local(start.add({ minutes: meeting.minutes }), organizer),
      attendees: attendeesOf(meeting.attendees),
      isOnlineMeeting: meeting.attendees.length > 0,
      onlineMeetingProvider: 'teamsForBusiness',
      ...(meeting.recurrence ? { recurrence: meeting.recurrence } : {}),
      ...meeting.extra,
    },
    { createdAt: now },
  );
}

function weekly(
  days: string[],
  startDate: Temporal.PlainDate,
  person: DemoPerson,
  endDate?: Temporal.PlainDate,
): Record<string, unknown> {
  return {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: days, firstDayOfWeek: 'monday' },
    range: endDate
      ? {
          type: 'endDate',
          startDate: startDate.toString(),
          endDate: endDate.toString(),
          recurrenceTimeZone: person.windowsTimeZone,
        }
      : {
          type: 'noEnd',
          startDate: startDate.toString(),
          recurrenceTimeZone: person.windowsTimeZone,
        },
  };
}

/** The series start: when the relationship began, at most half a year back, on the slot's weekday. */
function seriesStart(
  planner: Planner,
  person: DemoPerson,
  since: string,
  slot: Temporal.ZonedDateTime,
): Temporal.PlainDate {
  const earliest = planner.today(person.timeZone).subtract({ weeks: HISTORY_WEEKS });
  const began = Temporal.Instant.from(since).toZonedDateTimeISO(person.timeZone).toPlainDate();
  const from = Temporal.PlainDate.compare(began, earliest) > 0 ? began : earliest;
  return from.add({ days: (slot.dayOfWeek - from.dayOfWeek + 7) % 7 });
}

/** The same wall-clock time on another date, in the same zone. */
function onDate(value: Temporal.ZonedDateTime, date: Temporal.PlainDate): Temporal.ZonedDateTime {
  return date.toPlainDateTime(value.toPlainTime()).toZonedDateTime(value.timeZoneId);
}

function byKey(org: DemoOrg, key: string | null): DemoPerson | undefined {
  return org.people.find((person) => person.key === key);
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

function seedTeams(state: TenantState, org: DemoOrg, planner: Planner, now: Date): void {
  for (const manager of org.people.filter((p) => p.reportKeys.length > 0)) {
    const reports = manager.reportKeys.flatMap((key) => byKey(org, key) ?? []);
    const leads = reports.some((report) => report.reportKeys.length > 0);
    const team = [manager, ...reports];
    const minutes = leads ? 60 : 15;
    const days = leads ? 1 : 5;
    const monday = planner.nextWeekday(manager.timeZone, 1);
    const start = planner.pick(manager, team, monday, minutes, 0, days);
    if (!start) continue;
    planner.reserve(team, start, minutes, days);
    const since = planner.today(manager.timeZone).subtract({ weeks: HISTORY_WEEKS });
    book(state, now, {
      organizer: manager,
      attendees: reports,
      subject: leads
        ? `${manager.givenName}'s leadership sync`
        : `${manager.givenName}'s team standup`,
      start: onDate(start, since),
      minutes,
      body: leads
        ? 'Weekly sync of the leadership team.'
        : 'Daily standup: yesterday, today, blockers.',
      recurrence: weekly(leads ? ['monday'] : WEEKDAYS, since, manager),
    });
  }
}

function seedOneOnOnes(state: TenantState, org: DemoOrg, planner: Planner, now: Date): void {
  for (const manager of org.people.filter((p) => p.reportKeys.length > 0)) {
    manager.reportKeys.forEach((key, index) => {
      const report = byKey(org, key);
      if (!report) return;
      const day = planner.nextWeekday(manager.timeZone, (index % 5) + 1);
      const slot = planner.pick(manager, [manager, report], day, 30, index);
      if (!slot) return;
      planner.reserve([manager, report], slot, 30);
      const startDate = seriesStart(planner, manager, report.managerSince, slot);
      book(state, now, {
        organizer: manager,
        attendees: [report],
        subject: `1:1 ${manager.givenName} / ${report.givenName}`,
        start: onDate(slot, startDate),
        minutes: 30,
        body: 'Our weekly 1:1.',
        recurrence: weekly([dayName(slot.toPlainDate())], startDate, manager),
      });
      const previous = byKey(org, report.previousManagerKey);
      if (previous) seedEndedSeries(state, planner, now, previous, report, index);
    });
  }
}

/** The 1:1 series with a previous manager stops the day before the move. */
function seedEndedSeries(
  state: TenantState,
  planner: Planner,
  now: Date,
  previous: DemoPerson,
  report: DemoPerson,
  index: number,
): void {
  const moved = Temporal.Instant.from(report.managerSince).toZonedDateTimeISO(previous.timeZone);
  const startDate = planner.today(previous.timeZone).subtract({ weeks: HISTORY_WEEKS });
  const slot = startDate
    .add({ days: (((index + 2) % 5) + 1 - startDate.dayOfWeek + 7) % 7 })
    .toPlainDateTime({ hour: 15 })
    .toZonedDateTime(previous.timeZone);
  book(state, now, {
    organizer: previous,
    attendees: [report],
    subject: `1:1 ${previous.givenName} / ${report.givenName}`,
    start: slot,
    minutes: 30,
    body: 'Our weekly 1:1.',
    recurrence: weekly(
      [dayName(slot.toPlainDate())],
      slot.toPlainDate(),
      previous,
      moved.toPlainDate().subtract({ days: 1 }),
    ),
  });
}

const ONE_OFFS = [
  'Roadmap review',
  'Incident retrospective',
  'Hiring debrief',
  'Quarterly planning',
];

function seedOneOffs(state: TenantState, org: DemoOrg, planner: Planner, now: Date): void {
  const managers = org.people.filter((p) => p.reportKeys.length > 0);
  managers.forEach((manager, m) => {
    const reports = manager.reportKeys.flatMap((key) => byKey(org, key) ?? []);
    for (let n = 0; n < 2; n += 1) {
      const subject = ONE_OFFS[(m + n) % ONE_OFFS.length] ?? 'Review';
      const attendees = reports.filter((_, r) => (r + n) % 3 === 0).slice(0, 4);
      let date = planner.today(manager.timeZone).add({ days: 2 + m + n * 6 });
      while (date.dayOfWeek > 5) date = date.add({ days: 1 });
      const start = planner.pick(manager, [manager, ...attendees], date, 60, m + n);
      if (!start) continue;
      planner.reserve([manager, ...attendees], start, 60);
      book(state, now, {
        organizer: manager,
        attendees,
        subject,
        start,
        minutes: 60,
        body: `${subject}.`,
      });
    }
  });
}

function seedOrgWide(state: TenantState, org: DemoOrg, planner: Planner, now: Date): void {
  const ceo = byKey(org, 'elena.vasquez');
  if (!ceo) return;
  const first = planner.today(ceo.timeZone).subtract({ months: 6 }).with({ day: 1 });
  book(state, now, {
    organizer: ceo,
    attendees: org.people.filter((p) => p.id !== ceo.id),
    subject: 'Contoso all-hands',
    start: first.toPlainDateTime({ hour: 16 }).toZonedDateTime(ceo.timeZone),
    minutes: 60,
    body: 'Monthly all-hands: company news and Q&A.',
    recurrence: {
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['thursday'], index: 'first' },
      range: {
        type: 'noEnd',
        startDate: first.toString(),
        recurrenceTimeZone: ceo.windowsTimeZone,
      },
    },
  });
  const blocks: [string, string, number, number, Record<string, unknown>][] = [
    ['priya.raman', 'Focus time', 3, 120, { showAs: 'busy' }],
    ['hannah.becker', 'Dentist', 4, 90, { showAs: 'oof', sensitivity: 'private' }],
    ['wei.zhang', 'SRE meetup (offsite)', 5, 240, { showAs: 'workingElsewhere' }],
    ['noah.cohen', 'Personal appointment', 2, 60, { showAs: 'oof', sensitivity: 'private' }],
    ['daniel.kim', 'Customer call (tentative)', 3, 60, { showAs: 'tentative' }],
  ];
  for (const [key, subject, days, minutes, extra] of blocks) {
    const person = byKey(org, key);
    if (!person) continue;
    let date = planner.today(person.timeZone).add({ days });
    while (date.dayOfWeek > 5) date = date.add({ days: 1 });
    const start = planner.pick(person, [person], date, minutes, days);
    if (!start) continue;
    planner.reserve([person], start, minutes);
    book(state, now, {
      organizer: person,
      attendees: [],
      subject,
      start,
      minutes,
      body: '',
      extra,
    });
  }
}

/** The calendar feature's seed hook. */
export function seedCalendar({ state, org, now }: SeedInput): void {
  calendarStateOf(state.features);
  if (!org) return;
  const planner = new Planner(Temporal.Instant.fromEpochMilliseconds(now.getTime()));
  seedTeams(state, org, planner, now);
  seedOneOnOnes(state, org, planner, now);
  seedOrgWide(state, org, planner, now);
  seedOneOffs(state, org, planner, now);
  seedTimeAway(state, org, now);
}
