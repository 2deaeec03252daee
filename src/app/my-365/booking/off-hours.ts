import type { Interval, TimeZoneId, WorkingHours } from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import { parseTime, toIsoInstant } from '../../../domain';

const at = (date: Temporal.PlainDate, zone: TimeZoneId, time?: Temporal.PlainTime) =>
  toIsoInstant(
    date.toZonedDateTime({ timeZone: zone, ...(time ? { plainTime: time } : {}) }).toInstant(),
  );

/**
 * The time outside someone's working week, read in their own zone, over the window (a day
 * either side, so a zone far from the manager's is covered too). Adjacent stretches are joined:
 * a weekend is one block. Hours that do not parse give none: the planner reports them.
 */
export function offHours(zone: TimeZoneId, hours: WorkingHours, window: Interval): Interval[] {
  const start = parseTime(hours.start);
  const end = parseTime(hours.end);
  if (!start || !end || Temporal.PlainTime.compare(start, end) >= 0) return [];
  const first = Temporal.Instant.from(window.start).toZonedDateTimeISO(zone).toPlainDate();
  const last = Temporal.Instant.from(window.end).toZonedDateTimeISO(zone).toPlainDate();
  const blocks: Interval[] = [];
  const push = (block: Interval): void => {
    const previous = blocks[blocks.length - 1];
    if (previous && previous.end === block.start) previous.end = block.end;
    else blocks.push(block);
  };
  for (
    let date = first.subtract({ days: 1 });
    Temporal.PlainDate.compare(date, last) <= 0;
    date = date.add({ days: 1 })
  ) {
    const next = date.add({ days: 1 });
    if (!hours.days.includes(date.dayOfWeek)) {
      push({ start: at(date, zone), end: at(next, zone) });
      continue;
    }
    push({ start: at(date, zone), end: at(date, zone, start) });
    push({ start: at(date, zone, end), end: at(next, zone) });
  }
  return blocks;
}
