import { Temporal } from 'temporal-polyfill';
import type { DemoPerson } from '../../seed/demo-org';

const WORK_START_MIN = 9 * 60;
const WORK_END_MIN = 17 * 60 + 30;

interface Busy {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/**
 * Chooses meeting times for the demo calendars: half-hour starts that fit most attendees'
 * 09:00-17:30 working days and clash with nothing already planned for them.
 */
export class Planner {
  /** Busy time per person, as offsets into a week (UTC), so weekly series block every week. */
  private readonly busy = new Map<string, Busy[]>();
  private readonly offsets = new Map<string, number>();

  constructor(private readonly now: Temporal.Instant) {}

  today(zone: string): Temporal.PlainDate {
    return this.now.toZonedDateTimeISO(zone).toPlainDate();
  }

  /** Weekly slots are chosen in the coming week, so zones line up as they will. */
  nextWeekday(zone: string, isoDay: number): Temporal.PlainDate {
    const today = this.today(zone);
    return today.add({ days: ((isoDay - today.dayOfWeek + 7) % 7) + 7 });
  }

  /** UTC offset of a zone at an instant, cached per hour: planning converts thousands of times. */
  private offsetMs(zone: string, ms: number): number {
    const key = `${zone}|${String(Math.floor(ms / 3_600_000))}`;
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
      offset = zoned.offsetNanoseconds / 1_000_000;
      this.offsets.set(key, offset);
    }
    return offset;
  }

  private span(ms: number, minutes: number): Busy {
    const from = ((ms % WEEK_MS) + WEEK_MS) % WEEK_MS;
    return { start: from, end: from + minutes * 60_000 };
  }

  private within(person: DemoPerson, ms: number, minutes: number): boolean {
    const local = ms + this.offsetMs(person.timeZone, ms);
    const isoDay = ((Math.floor(local / DAY_MS) + 3) % 7) + 1;
    const begin = Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
    return isoDay <= 5 && begin >= WORK_START_MIN && begin + minutes <= WORK_END_MIN;
  }

  private free(people: DemoPerson[], ms: number, minutes: number): boolean {
    const wanted = this.span(ms, minutes);
    return people.every((person) =>
      (this.busy.get(person.id) ?? []).every(
        (slot) => slot.end <= wanted.start || slot.start >= wanted.end,
      ),
    );
  }

  /** Marks the time busy for everyone, on `days` consecutive days from `start`. */
  reserve(people: DemoPerson[], start: Temporal.ZonedDateTime, minutes: number, days = 1): void {
    for (let day = 0; day < days; day += 1) {
      const slot = this.span(start.epochMilliseconds + day * DAY_MS, minutes);
      for (const person of people) {
        const list = this.busy.get(person.id) ?? [];
        list.push(slot);
        this.busy.set(person.id, list);
      }
    }
  }

  /**
   * The half-hour start on `date` (organizer's zone) that suits most people's working hours and
   * clashes with nothing already planned on any of `days` days; `spread` picks among equals.
   */
  pick(
    organizer: DemoPerson,
    people: DemoPerson[],
    date: Temporal.PlainDate,
    minutes: number,
    spread: number,
    days = 1,
  ): Temporal.ZonedDateTime | undefined {
    const midnight = date.toZonedDateTime(organizer.timeZone).epochMilliseconds;
    const scored: { ms: number; score: number }[] = [];
    for (let minute = 8 * 60; minute + minutes <= 18 * 60; minute += 30) {
      const ms = midnight + minute * 60_000;
      let clear = true;
      for (let day = 0; day < days && clear; day += 1) {
        clear = this.free(people, ms + day * DAY_MS, minutes);
      }
      if (!clear) continue;
      scored.push({ ms, score: people.filter((p) => this.within(p, ms, minutes)).length });
    }
    const best = Math.max(...scored.map((s) => s.score));
    const ties = scored.filter((s) => s.score === best);
    const chosen = ties[spread % Math.max(ties.length, 1)];
    return chosen
      ? Temporal.Instant.fromEpochMilliseconds(chosen.ms).toZonedDateTimeISO(organizer.timeZone)
      : undefined;
  }
}
