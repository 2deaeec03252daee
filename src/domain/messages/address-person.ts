import type { Person } from '../model/person';
import { PRODUCT_LOCALE } from '../time/display-locale';
import type { TimeZoneId } from '../time/values';
import { dateWording, type DateWording } from '../time/wording';

/**
 * "Hi Tomás," not "Hi Tomás Hernández,". The directory's display name is all we are sure to
 * have; a directory that writes "Hernández, Tomás" puts the given name after the comma.
 */
export function firstNameOf(person: Person): string {
  const name = person.displayName.trim();
  const comma = name.indexOf(',');
  const given = comma >= 0 ? name.slice(comma + 1).trim() : name;
  return given.split(/\s+/)[0] || name;
}

/** "Mexico City time" for America/Mexico_City: the city people say, not the database key. */
export function zoneName(zone: TimeZoneId): string {
  const city = zone.split('/').at(-1)?.replace(/_/g, ' ') ?? zone;
  return /^(?:UTC|GMT|Etc\/)/.test(zone) ? 'UTC' : `${city} time`;
}

/**
 * The zone a message's times are in, said only when it helps: when both people live in it, a
 * time needs no zone at all.
 */
export function zoneNote(zone: TimeZoneId, people: readonly Person[]): string | undefined {
  return people.every((p) => p.timeZone === zone) ? undefined : zoneName(zone);
}

/**
 * Dates and times in a message, read in `zone`. Mail is British English until the recipient's
 * own locale is known, so the same message reads the same from every host.
 */
export function messageWording(zone: TimeZoneId = 'UTC'): DateWording {
  return dateWording(PRODUCT_LOCALE, zone);
}
