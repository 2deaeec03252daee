// DELETE and cancel: https://learn.microsoft.com/en-us/graph/api/event-delete?view=graph-rest-1.0 and
// https://learn.microsoft.com/en-us/graph/api/event-cancel?view=graph-rest-1.0 ("the organizer can
// also cancel an occurrence of a recurring meeting by providing the occurrence event ID").
import { cancellationOf, copiesOf, removeEvent, touch, type CalendarEnv } from './calendar-env';
import { newChangeKey } from './event-ids';
import type { EventView } from './instances';
import type { StoredEvent } from './state';
import { formatTimestamp } from './time-zones';

/**
 * Removes an event or series from its owner's calendar. When the organizer removes a meeting,
 * each attendee's copy is kept but marked cancelled, as Exchange's calendar attendant does
 * with the cancellation it receives.
 */
export function removeSeriesOrEvent(env: CalendarEnv, event: StoredEvent): void {
  if (event.isOrganizer) {
    for (const copy of copiesOf(env, event)) {
      Object.assign(copy, cancellationOf(copy));
      touch(env, copy);
    }
  }
  removeEvent(env, event);
}

/** Removes one occurrence; the attendees' copies show that occurrence as cancelled. */
export function removeOccurrence(env: CalendarEnv, master: StoredEvent, view: EventView): void {
  const original = view.originalStartUtc ?? view.fields.startUtc;
  master.exceptions = master.exceptions.filter((e) => e.originalStartUtc !== original);
  if (!master.deletedOccurrences.includes(original)) master.deletedOccurrences.push(original);
  touch(env, master);
  if (!master.isOrganizer) return;
  const now = formatTimestamp(env.now);
  for (const copy of copiesOf(env, master)) {
    const existing = copy.exceptions.find((e) => e.originalStartUtc === original);
    const overrides = cancellationOf({ subject: existing?.overrides.subject ?? copy.subject });
    if (existing) {
      Object.assign(existing.overrides, overrides);
      existing.changeKey = newChangeKey();
      existing.lastModifiedDateTime = now;
    } else {
      copy.exceptions.push({
        originalStartUtc: original,
        overrides,
        changeKey: newChangeKey(),
        lastModifiedDateTime: now,
      });
    }
    touch(env, copy);
  }
}
