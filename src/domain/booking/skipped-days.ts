import { PRODUCT_LOCALE } from '../time/display-locale';
import { Temporal } from '../time/temporal';
import { dateWording, wordingIn, type DateWording } from '../time/wording';
import type { BookingContext, TimedAway } from './booking-input';
import type { Interval } from '../time/values';
import type { OtherPersonTime, SkippedDays, SkipReason, TimeAway } from './booking-types';
import type { Slot } from './find-series';
import type { ParsedWorkingHours } from './working-hours';
import { formatTime, isWorkingDay, parseWorkingHours, workingWindowOn } from './working-hours';

interface Span {
  start: Temporal.Instant;
  end: Temporal.Instant;
}

/** "Mon–Thu" for a run of days, "Mon, Wed, Fri" otherwise. */
export function describeWorkingDays(
  days: ReadonlySet<number>,
  wording: DateWording = dateWording(PRODUCT_LOCALE, 'UTC'),
): string {
  const dayName = (day: number): string => wording.weekday(day, 'short');
  const sorted = [...days].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return 'no days';
  const run = sorted.length > 2 && last - first === sorted.length - 1;
  return run ? `${dayName(first)}–${dayName(last)}` : sorted.map(dayName).join(', ');
}

const before = (a: Temporal.Instant, b: Temporal.Instant): boolean =>
  Temporal.Instant.compare(a, b) < 0;
const later = (a: Temporal.Instant, b: Temporal.Instant): Temporal.Instant =>
  before(a, b) ? b : a;
const earlier = (a: Temporal.Instant, b: Temporal.Instant): Temporal.Instant =>
  before(a, b) ? a : b;

function intersect(a: Span, b: Span): Span | undefined {
  const start = later(a.start, b.start);
  const end = earlier(a.end, b.end);
  return before(start, end) ? { start, end } : undefined;
}

/** The away block that covers all of `span`, if one does. */
function awayOver(span: Span, away: readonly TimedAway[]): TimedAway | undefined {
  return away.find((block) => !before(span.start, block.start) && !before(block.end, span.end));
}

/** Where someone's working windows, a date either side (zones differ), meet `span`. */
function workingOverlap(
  span: Span,
  date: Temporal.PlainDate,
  zone: string,
  hours: ParsedWorkingHours,
): Span[] {
  return [date.subtract({ days: 1 }), date, date.add({ days: 1 })].flatMap((day) => {
    if (!isWorkingDay(day, hours)) return [];
    return intersect(span, workingWindowOn(day, zone, hours)) ?? [];
  });
}

interface DayReason {
  reason: SkipReason;
  text: string;
}

const awayText = (who: string, block: TimedAway, be: string, have: string): string =>
  block.reason === 'out-of-office'
    ? `${who} ${be} out of office`
    : `${who} ${have} an all-day event`;

const theirDaysText = (name: string, hours: ParsedWorkingHours, wording: DateWording): string =>
  `${name} works ${describeWorkingDays(hours.days, wording)}`;

/** The most telling reason no session starts on `date` (read in the manager's zone). */
function reasonFor(date: Temporal.PlainDate, ctx: BookingContext): DayReason {
  const { report } = ctx;
  // On a day nobody works, "away" still reads better when it is the middle of a longer absence.
  const noon = date.toZonedDateTime({ timeZone: ctx.zone, plainTime: '12:00' }).toInstant();
  const noonSpan: Span = { start: noon, end: noon.add({ minutes: 1 }) };
  const managerWorks = isWorkingDay(date, ctx.hours);
  const mine = managerWorks ? workingWindowOn(date, ctx.zone, ctx.hours) : noonSpan;
  const myAway = awayOver(mine, ctx.away);
  if (myAway) return { reason: 'you-are-away', text: awayText('You', myAway, 'are', 'have') };
  const shared = report
    ? managerWorks
      ? workingOverlap(mine, date, report.zone, report.hours)
      : []
    : [mine];
  if (report) {
    const spans = shared.length > 0 ? shared : [noonSpan];
    const theirs = spans.map((span) => awayOver(span, report.away));
    const first = theirs[0];
    if (first && theirs.every((block) => block !== undefined)) {
      return { reason: 'they-are-away', text: awayText(report.name, first, 'is', 'has') };
    }
  }
  const theyWork = report ? isWorkingDay(date, report.hours) : true;
  if (!managerWorks) {
    return theyWork && report
      ? {
          reason: 'your-day-off',
          text: `not one of your working days (you work ${describeWorkingDays(ctx.hours.days, ctx.wording)})`,
        }
      : {
          reason: 'not-a-working-day',
          text: report ? 'not a working day for either of you' : 'not one of your working days',
        };
  }
  if (report && !theyWork && shared.length === 0) {
    return { reason: 'their-day-off', text: theirDaysText(report.name, report.hours, ctx.wording) };
  }
  const overlapMinutes = shared.reduce((sum, s) => sum + s.start.until(s.end).total('minutes'), 0);
  if (report && overlapMinutes < ctx.minutes) {
    return {
      reason: 'hours-do-not-meet',
      text:
        `outside ${report.name}’s working hours (${formatTime(report.hours.start)}–` +
        `${formatTime(report.hours.end)} their time): your working days overlap by ` +
        (overlapMinutes === 0 ? 'no time' : `only ${overlapMinutes} minutes`),
    };
  }
  return {
    reason: 'no-common-free-time',
    text: `no ${ctx.minutes} minutes free for both of you`,
  };
}

/**
 * Says, in words a manager understands, why the search offers nothing on a day: someone is out
 * of office or has an all-day event, it is not someone's working day, their working hours do not
 * meet, or both calendars are full. Days in a row with the same reason are one line. Today is left
 * out: the time already past is reason enough.
 */
export function explainSkippedDays(
  ctx: BookingContext,
  freeSlots: readonly Slot[][],
): SkippedDays[] {
  const first = ctx.windowStart.toZonedDateTimeISO(ctx.zone).toPlainDate();
  const today = ctx.now.toZonedDateTimeISO(ctx.zone).toPlainDate();
  const runs: { from: Temporal.PlainDate; to: Temporal.PlainDate; why: DayReason }[] = [];
  freeSlots.forEach((slots, day) => {
    const date = first.add({ days: day });
    const starts = date.toZonedDateTime({ timeZone: ctx.zone }).toInstant();
    if (slots.length > 0 || date.equals(today) || !before(starts, ctx.windowEnd)) return;
    const why = reasonFor(date, ctx);
    const previous = runs[runs.length - 1];
    if (previous && previous.why.text === why.text && previous.to.add({ days: 1 }).equals(date)) {
      previous.to = date;
    } else {
      runs.push({ from: date, to: date, why });
    }
  });
  return runs.map(({ from, to, why }) => ({
    from: from.toString(),
    to: to.toString(),
    reason: why.reason,
    message: `${ctx.wording.dayRange(from, to)}: ${why.text}.`,
  }));
}

/** Why the report cannot meet at all at a chosen time: a day they do not work, or time away. */
export interface ReportUnavailable {
  reason: Extract<SkipReason, 'they-are-away' | 'their-day-off'>;
  /** In the skipped days' words: "Fri 5 Mar: Tomás works Mon–Thu." */
  message: string;
}

/**
 * The skipped days' reason, for one session chosen by hand or moved: the report is out of office
 * (or has an all-day item) during it, or its day is not one of their working days, read in their
 * own zone. Undefined when they can meet; working hours that do not parse say nothing here.
 */
export function reportUnavailableAt(
  session: Interval,
  report: Pick<OtherPersonTime, 'name' | 'zone' | 'workingHours'> & { away: readonly TimeAway[] },
  wording?: DateWording,
): ReportUnavailable | undefined {
  const words = wordingIn(report.zone, wording);
  const span: Span = {
    start: Temporal.Instant.from(session.start),
    end: Temporal.Instant.from(session.end),
  };
  const date = span.start.toZonedDateTimeISO(report.zone).toPlainDate();
  const label = `${words.day(date)}: `;
  const away = report.away
    .map((block) => ({
      start: Temporal.Instant.from(block.start),
      end: Temporal.Instant.from(block.end),
      reason: block.reason,
    }))
    .find((block) => intersect(span, block) !== undefined);
  if (away) {
    return {
      reason: 'they-are-away',
      message: `${label}${awayText(report.name, away, 'is', 'has')}.`,
    };
  }
  const hours = parseWorkingHours(report.workingHours);
  if (!hours.ok || isWorkingDay(date, hours.value)) return undefined;
  return {
    reason: 'their-day-off',
    message: `${label}${theirDaysText(report.name, hours.value, words)}.`,
  };
}
