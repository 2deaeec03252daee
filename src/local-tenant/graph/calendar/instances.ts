// Occurrences, exceptions and cancellations of a series, as calendarView and instances return them:
// https://learn.microsoft.com/en-us/graph/api/user-list-calendarview?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/event-list-instances?view=graph-rest-1.0
import { Temporal } from 'temporal-polyfill';
import { eventId, instanceICalUId, occurrenceId } from './event-ids';
import { occurrenceDates } from './recurrence';
import type { EventFields, StoredEvent, StoredException } from './state';
import { resolveTimeZone } from './time-zones';
import { mergeDefined } from '../../core/merge-defined';

export type InstanceType = 'singleInstance' | 'seriesMaster' | 'occurrence' | 'exception';

/** One event as Graph shows it: a stored item, or an occurrence computed from its series. */
export interface EventView {
  type: InstanceType;
  id: string;
  /** The stored item: the event itself, or the series master of an occurrence. */
  item: StoredEvent;
  fields: EventFields;
  iCalUId: string;
  changeKey: string;
  lastModifiedDateTime: string;
  seriesMasterId: string | null;
  /** Occurrences and exceptions only. */
  originalStartUtc: string | null;
  originalDate: string | null;
}

const DAY_MARGIN = 2;

/** The zone a series recurs in: the range's recurrenceTimeZone, else the start's zone. */
export function seriesZone(event: StoredEvent): string {
  return (
    resolveTimeZone(event.recurrence?.range.recurrenceTimeZone ?? '') ??
    resolveTimeZone(event.startTimeZone) ??
    'UTC'
  );
}

export function viewOf(item: StoredEvent): EventView {
  return {
    type: item.recurrence ? 'seriesMaster' : 'singleInstance',
    id: eventId(item.ownerId, item.key),
    item,
    fields: item,
    iCalUId: item.iCalUId,
    changeKey: item.changeKey,
    lastModifiedDateTime: item.lastModifiedDateTime,
    seriesMasterId: null,
    originalStartUtc: null,
    originalDate: null,
  };
}

interface Slot {
  date: Temporal.PlainDate;
  start: Temporal.Instant;
  end: Temporal.Instant;
}

/** The series' occurrence slots whose local dates fall within [from, to] (inclusive). */
function slotsBetween(
  master: StoredEvent,
  from: Temporal.PlainDate,
  to: Temporal.PlainDate,
): Slot[] {
  if (!master.recurrence) return [];
  const zone = seriesZone(master);
  const masterStart = Temporal.Instant.from(master.startUtc);
  const duration =
    Temporal.Instant.from(master.endUtc).epochMilliseconds - masterStart.epochMilliseconds;
  const time = masterStart.toZonedDateTimeISO(zone).toPlainTime();
  return occurrenceDates(master.recurrence, to)
    .filter((date) => Temporal.PlainDate.compare(date, from) >= 0)
    .map((date) => {
      const start = date.toPlainDateTime(time).toZonedDateTime(zone).toInstant();
      return { date, start, end: start.add({ milliseconds: duration }) };
    });
}

function findException(master: StoredEvent, date: string): StoredException | undefined {
  const zone = seriesZone(master);
  return master.exceptions.find(
    (exception) =>
      Temporal.Instant.from(exception.originalStartUtc)
        .toZonedDateTimeISO(zone)
        .toPlainDate()
        .toString() === date,
  );
}

function isDeleted(master: StoredEvent, slot: Slot): boolean {
  return master.deletedOccurrences.includes(slot.start.toString());
}

function occurrenceView(master: StoredEvent, slot: Slot): EventView {
  const date = slot.date.toString();
  const exception = findException(master, date);
  const base: EventFields = {
    ...master,
    startUtc: slot.start.toString(),
    endUtc: slot.end.toString(),
  };
  return {
    type: exception ? 'exception' : 'occurrence',
    id: occurrenceId(master.ownerId, master.key, date),
    item: master,
    fields: exception ? mergeDefined(base, exception.overrides) : base,
    iCalUId: instanceICalUId(master.iCalUId, date),
    changeKey: exception?.changeKey ?? master.changeKey,
    lastModifiedDateTime: exception?.lastModifiedDateTime ?? master.lastModifiedDateTime,
    seriesMasterId: eventId(master.ownerId, master.key),
    originalStartUtc: exception?.originalStartUtc ?? slot.start.toString(),
    originalDate: date,
  };
}

function overlaps(view: EventView, from: Temporal.Instant, to: Temporal.Instant): boolean {
  const start = Temporal.Instant.from(view.fields.startUtc);
  const end = Temporal.Instant.from(view.fields.endUtc);
  if (Temporal.Instant.compare(start, end) === 0) {
    return Temporal.Instant.compare(start, from) >= 0 && Temporal.Instant.compare(start, to) < 0;
  }
  return Temporal.Instant.compare(start, to) < 0 && Temporal.Instant.compare(end, from) > 0;
}

/** Occurrences and exceptions of one series that overlap [from, to). */
export function seriesInstances(
  master: StoredEvent,
  from: Temporal.Instant,
  to: Temporal.Instant,
): EventView[] {
  const zone = seriesZone(master);
  const firstDate = from.toZonedDateTimeISO(zone).toPlainDate().subtract({ days: DAY_MARGIN });
  const lastDate = to.toZonedDateTimeISO(zone).toPlainDate().add({ days: DAY_MARGIN });
  return slotsBetween(master, firstDate, lastDate)
    .filter((slot) => !isDeleted(master, slot))
    .map((slot) => occurrenceView(master, slot))
    .filter((view) => overlaps(view, from, to));
}

/** calendarView: single events and expanded series, without the series masters themselves. */
export function calendarView(
  items: readonly StoredEvent[],
  from: Temporal.Instant,
  to: Temporal.Instant,
): EventView[] {
  const views = items.flatMap((item) =>
    item.recurrence
      ? seriesInstances(item, from, to)
      : overlaps(viewOf(item), from, to)
        ? [viewOf(item)]
        : [],
  );
  return views.sort(
    (a, b) =>
      Temporal.Instant.compare(
        Temporal.Instant.from(a.fields.startUtc),
        Temporal.Instant.from(b.fields.startUtc),
      ) || a.id.localeCompare(b.id),
  );
}

/** The occurrence of a series on its original local date, unless it was deleted. */
export function occurrenceOn(master: StoredEvent, originalDate: string): EventView | undefined {
  const date = Temporal.PlainDate.from(originalDate);
  const slot = slotsBetween(master, date, date)[0];
  if (!slot || isDeleted(master, slot)) return undefined;
  return occurrenceView(master, slot);
}

/** The occurrences just before and after one, for Outlook's crossing-boundary rule. */
export function neighbours(
  master: StoredEvent,
  originalDate: string,
): { previous: EventView | undefined; next: EventView | undefined } {
  const date = Temporal.PlainDate.from(originalDate);
  const slots = slotsBetween(master, date.subtract({ years: 2 }), date.add({ years: 2 })).filter(
    (slot) => !isDeleted(master, slot),
  );
  const index = slots.findIndex((slot) => slot.date.equals(date));
  const previous = index > 0 ? slots[index - 1] : undefined;
  const next = index >= 0 ? slots[index + 1] : undefined;
  return {
    previous: previous ? occurrenceView(master, previous) : undefined,
    next: next ? occurrenceView(master, next) : undefined,
  };
}
