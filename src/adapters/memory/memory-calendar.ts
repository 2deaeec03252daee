import { PortError } from '../../app/ports';
import type {
  Availability,
  BusyBlock,
  Calendar,
  CalendarEvent,
  EventChanges,
  NewCalendarEvent,
  WorkingWeek,
} from '../../app/ports';
import { Temporal } from '../../domain/time/temporal';
import { overlaps, toIsoInstant, type Interval, type TimeZoneId } from '../../domain';
import { occurrenceDates, occurrenceTimes } from './memory-calendar-recurrence';
import { FailureSwitch } from './memory-failure-switch';

type Operation =
  | 'createEvent'
  | 'updateEvent'
  | 'cancelEvent'
  | 'eventsBetween'
  | 'busyTimes'
  | 'availability'
  | 'automaticReplies';

interface Override {
  start?: string;
  end?: string;
  title?: string;
  cancelled?: boolean;
}

interface StoredEvent {
  event: NewCalendarEvent;
  id: string;
  joinUrl?: string;
  /** Changed or cancelled occurrences of a series, by local date. */
  exceptions: Map<string, Override>;
}

const OCCURRENCE = '::';

/** A join link in Teams' shape: its path names the meeting chat's thread, one per meeting. */
const teamsJoinUrl = (id: string): string =>
  `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${btoa(id)}%40thread.v2/0`;

function notFound(): PortError {
  return new PortError('not-found', 'This event could not be found. It may have been deleted.');
}

/**
 * The signed-in person's calendar in memory, with Outlook's behaviour: a repeated idempotency
 * key returns the first event, series expand into occurrences, a cancelled meeting leaves the
 * calendar. Other people's free/busy is seeded with `setBusy`.
 */
export class MemoryCalendar implements Calendar {
  readonly failures = new FailureSwitch<Operation>();
  private readonly events = new Map<string, StoredEvent>();
  private readonly others = new Map<string, BusyBlock[]>();
  private readonly weeks = new Map<string, WorkingWeek>();
  private replies: Interval | undefined;
  private counter = 0;

  constructor(readonly owner: { email: string; name: string }) {}

  /** Seeds another person's free/busy. */
  setBusy(email: string, blocks: readonly BusyBlock[]): void {
    this.others.set(email.toLowerCase(), [...blocks]);
  }

  /** Seeds someone's (the owner's too) working week, as their Outlook settings would share it. */
  setWorkingWeek(email: string, week: WorkingWeek): void {
    this.weeks.set(email.toLowerCase(), week);
  }

  /** Seeds the owner's scheduled automatic replies. */
  setAutomaticReplies(window: Interval | undefined): void {
    this.replies = window;
  }

  createEvent(event: NewCalendarEvent): Promise<CalendarEvent> {
    return this.failures.run('createEvent', () => {
      const existing = [...this.events.values()].find(
        (e) => e.event.idempotencyKey === event.idempotencyKey,
      );
      if (existing) return this.view(existing);
      if (Temporal.Instant.compare(event.start, event.end) > 0) {
        throw new PortError('invalid', 'The event must end after it starts.');
      }
      this.counter += 1;
      const id = `event-${String(this.counter)}`;
      const stored: StoredEvent = {
        id,
        event: structuredClone(event),
        exceptions: new Map(),
        ...(event.onlineMeeting ? { joinUrl: teamsJoinUrl(id) } : {}),
      };
      this.events.set(id, stored);
      return this.view(stored);
    });
  }

  updateEvent(id: string, changes: EventChanges): Promise<CalendarEvent> {
    return this.failures.run('updateEvent', () => {
      const [masterId, date] = id.split(OCCURRENCE);
      const stored = this.events.get(masterId ?? '');
      if (!stored) throw notFound();
      if (date !== undefined) {
        const occurrence = this.occurrence(stored, date);
        if (!occurrence) throw notFound();
        stored.exceptions.set(date, {
          ...stored.exceptions.get(date),
          ...(changes.title === undefined ? {} : { title: changes.title }),
          ...(changes.start === undefined ? {} : { start: changes.start }),
          ...(changes.end === undefined ? {} : { end: changes.end }),
        });
        return this.occurrence(stored, date) ?? occurrence;
      }
      const e = stored.event;
      stored.event = {
        ...e,
        title: changes.title ?? e.title,
        start: changes.start ?? e.start,
        end: changes.end ?? e.end,
        timeZone: changes.timeZone ?? e.timeZone,
        bodyHtml: changes.bodyHtml ?? e.bodyHtml,
      };
      return this.view(stored);
    });
  }

  cancelEvent(id: string, _comment?: string): Promise<void> {
    return this.failures.run('cancelEvent', () => {
      const [masterId, date] = id.split(OCCURRENCE);
      const stored = this.events.get(masterId ?? '');
      if (!stored) throw notFound();
      if (date === undefined) {
        this.events.delete(stored.id);
        return;
      }
      if (!this.occurrence(stored, date)) throw notFound();
      stored.exceptions.set(date, { ...stored.exceptions.get(date), cancelled: true });
    });
  }

  eventsBetween(range: Interval, _timeZone: TimeZoneId): Promise<CalendarEvent[]> {
    return this.failures.run('eventsBetween', () => this.between(range).map((x) => x.event));
  }

  busyTimes(
    emails: readonly string[],
    range: Interval,
    _timeZone: TimeZoneId,
  ): Promise<Map<string, BusyBlock[]>> {
    return this.failures.run('busyTimes', () => {
      const result = new Map<string, BusyBlock[]>();
      for (const email of emails) {
        const lower = email.toLowerCase();
        if (lower === this.owner.email.toLowerCase()) {
          result.set(email, this.ownBusy(range));
        } else if (this.others.has(lower)) {
          result.set(
            email,
            (this.others.get(lower) ?? []).filter((b) => overlaps(b, range)),
          );
        }
      }
      return result;
    });
  }

  async availability(
    emails: readonly string[],
    range: Interval,
    timeZone: TimeZoneId,
  ): Promise<Map<string, Availability>> {
    await this.failures.run('availability', () => undefined);
    const busy = await this.busyTimes(emails, range, timeZone);
    return new Map(
      [...busy].map(([email, blocks]) => {
        const week = this.weeks.get(email.toLowerCase());
        return [email, { busy: blocks, ...(week ? { workingWeek: week } : {}) }];
      }),
    );
  }

  automaticReplies(range: Interval): Promise<Interval | undefined> {
    return this.failures.run('automaticReplies', () =>
      this.replies && overlaps(this.replies, range) ? this.replies : undefined,
    );
  }

  private ownBusy(range: Interval): BusyBlock[] {
    return this.between(range).flatMap(({ event, showAs }) =>
      showAs === 'free'
        ? []
        : [
            {
              start: event.start,
              end: event.end,
              status: showAs === 'tentative' ? 'tentative' : 'busy',
            },
          ],
    );
  }

  /** Single events and expanded occurrences (never series masters), in start order. */
  private between(range: Interval) {
    const found: { event: CalendarEvent; showAs: NewCalendarEvent['showAs'] }[] = [];
    for (const stored of this.events.values()) {
      const candidates = stored.event.recurrence
        ? this.occurrences(stored, range)
        : [this.view(stored)];
      for (const event of candidates) {
        if (overlaps(event, range)) found.push({ event, showAs: stored.event.showAs ?? 'busy' });
      }
    }
    return found.sort((a, b) => Temporal.Instant.compare(a.event.start, b.event.start));
  }

  private occurrences(stored: StoredEvent, range: Interval): CalendarEvent[] {
    const { recurrence, timeZone } = stored.event;
    if (!recurrence) return [];
    const until = Temporal.Instant.from(range.end).toZonedDateTimeISO(timeZone).toPlainDate();
    return occurrenceDates(recurrence, until.add({ days: 1 })).flatMap(
      (date) => this.occurrence(stored, date.toString()) ?? [],
    );
  }

  private occurrence(stored: StoredEvent, date: string): CalendarEvent | undefined {
    const { recurrence, timeZone, start, end } = stored.event;
    if (!recurrence) return undefined;
    const plain = Temporal.PlainDate.from(date);
    const far = plain.add({ days: 1 });
    if (!occurrenceDates(recurrence, far).some((d) => d.equals(plain))) return undefined;
    const override = stored.exceptions.get(date);
    if (override?.cancelled) return undefined;
    const times = occurrenceTimes(
      plain,
      Temporal.Instant.from(start),
      Temporal.Instant.from(end),
      timeZone,
    );
    return {
      ...this.view(stored),
      id: `${stored.id}${OCCURRENCE}${date}`,
      title: override?.title ?? stored.event.title,
      start: override?.start ?? toIsoInstant(times.start),
      end: override?.end ?? toIsoInstant(times.end),
      seriesMasterId: stored.id,
      isRecurring: false,
    };
  }

  private view(stored: StoredEvent): CalendarEvent {
    const e = stored.event;
    return {
      id: stored.id,
      title: e.title,
      start: toIsoInstant(Temporal.Instant.from(e.start)),
      end: toIsoInstant(Temporal.Instant.from(e.end)),
      attendees: e.attendees.map((a) => ({ ...a })),
      organizerEmail: this.owner.email,
      ...(stored.joinUrl ? { joinUrl: stored.joinUrl } : {}),
      isCancelled: false,
      isRecurring: e.recurrence !== undefined,
    };
  }
}

export function createMemoryCalendar(owner: { email: string; name: string }): MemoryCalendar {
  return new MemoryCalendar(owner);
}
