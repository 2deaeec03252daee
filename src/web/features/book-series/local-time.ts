import type { IsoInstant, TimeZoneId } from '../../../domain';
import { parseDateTime, Temporal, toIsoInstant } from '../../../domain';

/** An instant as a `datetime-local` field shows it (`2027-03-04T15:00`), read in `zone`. */
export function toLocalInput(instant: IsoInstant, zone: TimeZoneId): string {
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(zone)
    .toPlainDateTime()
    .toString({ smallestUnit: 'minute' });
}

/** A `datetime-local` value read in `zone`, or undefined while the field is incomplete. */
export function fromLocalInput(value: string, zone: TimeZoneId): IsoInstant | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const wall = parseDateTime(value);
  return wall && toIsoInstant(wall.toZonedDateTime(zone).toInstant());
}

/** A session as the form holds it: a local start and a length. */
export interface SessionDraft {
  start: string;
  minutes: number;
}

export function draftOf(session: { start: IsoInstant; end: IsoInstant }, zone: TimeZoneId) {
  const minutes = Temporal.Instant.from(session.start)
    .until(Temporal.Instant.from(session.end))
    .total('minutes');
  return { start: toLocalInput(session.start, zone), minutes: Math.round(minutes) };
}

/** The interval a draft stands for, or undefined while a field is incomplete or impossible. */
export function intervalOf(
  draft: SessionDraft,
  zone: TimeZoneId,
): { start: IsoInstant; end: IsoInstant } | undefined {
  const start = fromLocalInput(draft.start, zone);
  if (!start || !Number.isInteger(draft.minutes) || draft.minutes <= 0) return undefined;
  const end = Temporal.Instant.from(start).add({ minutes: draft.minutes });
  return { start, end: toIsoInstant(end) };
}
