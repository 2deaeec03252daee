import { Temporal } from '../time/temporal';
import type { BookingContext, OtherPersonContext } from './booking-input';
import { ONE_ON_ONE_BUFFER_MINUTES, SLOT_STEP_MINUTES } from './booking-rules';
import type { TimedBusy } from './busy-time';
import { isWorkingDay, workingWindowOn } from './working-hours';

/**
 * A free start time on one local day of the search window. Times are epoch milliseconds: the
 * search compares thousands of them, and plain numbers keep it fast.
 */
export interface Slot {
  /** Days since the window's first local date: gaps become integer arithmetic. */
  day: number;
  /** Local wall-clock minutes since midnight: "the same time of day" compares these. */
  minuteOfDay: number;
  startMs: number;
  endMs: number;
}

interface BusyMs {
  startMs: number;
  endMs: number;
}

const MINUTE_MS = 60_000;

/** A candidate series with what makes it less than ideal. */
export interface Series {
  slots: Slot[];
  /** Sessions not at the anchor's time of day. */
  offTime: number;
  /** Gaps that are not whole weeks (the weekday moves). */
  irregular: number;
  spanDays: number;
}

const minutesOf = (time: Temporal.PlainTime): number => time.hour * 60 + time.minute;

function timeAt(minuteOfDay: number): Temporal.PlainTime {
  return new Temporal.PlainTime(Math.floor(minuteOfDay / 60), minuteOfDay % 60);
}

/**
 * Every start time, per local day, where a session fits: a working day, inside working hours
 * read in the manager's zone, on a quarter hour, not before now, and clear of busy time and of
 * the 1:1 buffer.
 */
export function findFreeSlots(ctx: BookingContext): Slot[][] {
  const first = ctx.windowStart.toZonedDateTimeISO(ctx.zone).toPlainDate();
  const last = ctx.windowEnd.toZonedDateTimeISO(ctx.zone).toPlainDate();
  const fromMs = ctx.windowStart.epochMilliseconds;
  const toMs = ctx.windowEnd.epochMilliseconds;
  const away = [...ctx.away, ...(ctx.report?.away ?? [])];
  const busy = [...ctx.busy.map(withBuffer), ...away.map(withBuffer)];
  const reportWindows = ctx.report ? reportWorkingWindows(ctx.report, first, last) : undefined;
  const days: Slot[][] = [];
  let date = first;
  for (let day = 0; Temporal.PlainDate.compare(date, last) <= 0; day += 1) {
    const slots = isWorkingDay(date, ctx.hours) ? slotsOn(date, day, ctx) : [];
    days.push(
      slots.filter(
        (slot) =>
          slot.startMs >= fromMs &&
          slot.endMs <= toMs &&
          (!reportWindows ||
            reportWindows.some((w) => w.startMs <= slot.startMs && slot.endMs <= w.endMs)) &&
          busy.every((block) => slot.endMs <= block.startMs || block.endMs <= slot.startMs),
      ),
    );
    date = date.add({ days: 1 });
  }
  return days;
}

/**
 * The report's working windows as numbers, read in their zone, a day either side of the
 * manager's dates: a zone far from the manager's starts its working day on another date.
 */
function reportWorkingWindows(
  report: OtherPersonContext,
  first: Temporal.PlainDate,
  last: Temporal.PlainDate,
): BusyMs[] {
  const windows: BusyMs[] = [];
  const end = last.add({ days: 1 });
  for (let date = first.subtract({ days: 1 }); Temporal.PlainDate.compare(date, end) <= 0;) {
    if (isWorkingDay(date, report.hours)) {
      const window = workingWindowOn(date, report.zone, report.hours);
      windows.push({
        startMs: window.start.epochMilliseconds,
        endMs: window.end.epochMilliseconds,
      });
    }
    date = date.add({ days: 1 });
  }
  return windows;
}

/** Busy time as numbers, a 1:1 widened by its buffer: both must simply not be overlapped. */
function withBuffer(
  block: Pick<TimedBusy, 'start' | 'end'> & { kind?: TimedBusy['kind'] },
): BusyMs {
  const buffer = block.kind === 'one-on-one' ? ONE_ON_ONE_BUFFER_MINUTES * MINUTE_MS : 0;
  return {
    startMs: block.start.epochMilliseconds - buffer,
    endMs: block.end.epochMilliseconds + buffer,
  };
}

/** Quarter-hour starts on a working day where a whole session fits inside the working window. */
function slotsOn(date: Temporal.PlainDate, day: number, ctx: BookingContext): Slot[] {
  const window = workingWindowOn(date, ctx.zone, ctx.hours);
  const windowStartMs = window.start.epochMilliseconds;
  const windowEndMs = window.end.epochMilliseconds;
  const startMinute = minutesOf(ctx.hours.start);
  const steadyOffset =
    windowEndMs - windowStartMs === (minutesOf(ctx.hours.end) - startMinute) * MINUTE_MS;
  const slots: Slot[] = [];
  const firstStep = Math.ceil(startMinute / SLOT_STEP_MINUTES) * SLOT_STEP_MINUTES;
  for (let m = firstStep; m < 24 * 60; m += SLOT_STEP_MINUTES) {
    // Without a DST change inside working hours, local minutes map straight onto exact time.
    const startMs = steadyOffset
      ? windowStartMs + (m - startMinute) * MINUTE_MS
      : exactStartMs(date, m, ctx);
    if (startMs === undefined) continue;
    const endMs = startMs + ctx.minutes * MINUTE_MS;
    if (endMs > windowEndMs) break;
    if (startMs >= windowStartMs) slots.push({ day, minuteOfDay: m, startMs, endMs });
  }
  return slots;
}

function exactStartMs(
  date: Temporal.PlainDate,
  minuteOfDay: number,
  ctx: BookingContext,
): number | undefined {
  const time = timeAt(minuteOfDay);
  const start = date.toZonedDateTime({ timeZone: ctx.zone, plainTime: time });
  // A wall-clock time skipped by a DST change does not exist that day.
  return start.toPlainTime().equals(time) ? start.epochMilliseconds : undefined;
}

/** Whole weeks first (same weekday), then the shortest gap. */
function gapsInOrder(ctx: BookingContext): number[] {
  const gaps: number[] = [];
  for (let g = ctx.gap.min; g <= ctx.gap.max; g += 1) gaps.push(g);
  return gaps.sort((a, b) => Number(a % 7 !== 0) - Number(b % 7 !== 0) || a - b);
}

/** The free slot on a day closest to the wanted time of day (earlier on a tie). */
function closestSlot(slots: readonly Slot[] | undefined, minuteOfDay: number): Slot | undefined {
  let best: Slot | undefined;
  for (const slot of slots ?? []) {
    const distance = Math.abs(slot.minuteOfDay - minuteOfDay);
    if (!best || distance < Math.abs(best.minuteOfDay - minuteOfDay)) best = slot;
  }
  return best;
}

function compareSeries(a: Series, b: Series): number {
  return a.offTime - b.offTime || a.irregular - b.irregular || a.spanDays - b.spanDays;
}

/**
 * Finds the best series of `count` sessions from an anchor: ideally the same time of day, a
 * whole number of weeks apart. Any time on a day serves the next session equally, so only the
 * closest slot per candidate day is tried, which keeps each search to gaps^(count-1) chains.
 */
export function createSeriesFinder(
  count: number,
  freeSlots: readonly Slot[][],
  ctx: BookingContext,
): (anchor: Slot) => Series | undefined {
  const gaps = gapsInOrder(ctx);
  // Every anchor asks the same few questions ("closest to 10:00 on day 12"): answer each once.
  const closest = new Map<number, Slot | undefined>();
  const closestOn = (day: number, minuteOfDay: number): Slot | undefined => {
    const key = day * 24 * 60 + minuteOfDay;
    if (!closest.has(key)) closest.set(key, closestSlot(freeSlots[day], minuteOfDay));
    return closest.get(key);
  };
  return (anchor) => {
    let best: Series | undefined;
    const extend = (chain: Slot[], irregular: number): void => {
      const previous = chain[chain.length - 1];
      if (!previous) return;
      if (chain.length === count) {
        const offTime = chain.filter((slot) => slot.minuteOfDay !== anchor.minuteOfDay).length;
        const series = { slots: chain, offTime, irregular, spanDays: previous.day - anchor.day };
        if (!best || compareSeries(series, best) < 0) best = series;
        return;
      }
      for (const gap of gaps) {
        const next = closestOn(previous.day + gap, anchor.minuteOfDay);
        if (next) extend([...chain, next], irregular + (gap % 7 === 0 ? 0 : 1));
      }
    };
    extend([anchor], 0);
    return best;
  };
}
