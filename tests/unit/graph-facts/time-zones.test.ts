import { describe, expect, it } from 'vitest';
import { toIanaZone } from '../../../src/adapters/graph/shared/date-time';
import { graphTimeZone } from '../../../src/adapters/graph/shared/graph-time-zone';
import { WINDOWS_TO_IANA } from '../../../src/graph-facts/time-zones';
import {
  parseDateTimeTimeZone,
  resolveTimeZone,
  windowsNameFor,
} from '../../../src/local-tenant/graph/calendar/time-zones';
import { wallTimeToEpoch } from '../../../src/local-tenant/graph/todo/time-zones';
import { toWindowsTimeZone } from '../../../src/local-tenant/seed/time-zones';

// The product, the local tenant's calendar and its To Do once kept three Windows <-> IANA tables
// that disagreed. These pin the answers CLDR's windowsZones gives where they did.
describe('one table of the time zones Graph accepts', () => {
  it('sends Kyiv as FLE Standard Time, the Windows zone CLDR files Ukraine under', () => {
    expect(graphTimeZone('Europe/Kyiv')).toEqual({
      name: 'FLE Standard Time',
      iana: 'Europe/Kyiv',
    });
    expect(resolveTimeZone('FLE Standard Time')).toBe('Europe/Kyiv');
    expect(toIanaZone('FLE Standard Time')).toBe('Europe/Kyiv');
  });

  it('sends Madrid as Romance Standard Time, as the seeded mailbox settings say', () => {
    expect(graphTimeZone('Europe/Madrid').name).toBe('Romance Standard Time');
    expect(toWindowsTimeZone('Europe/Madrid')).toBe('Romance Standard Time');
    expect(windowsNameFor('Europe/Madrid')).toBe('Romance Standard Time');
  });

  it('names Etc/GMT+2 UTC-02 (CLDR) in mailbox settings, and still reads Mid-Atlantic', () => {
    expect(windowsNameFor('Etc/GMT+2')).toBe('UTC-02');
    expect(graphTimeZone('Etc/GMT+2').name).toBe('UTC-02');
    expect(toIanaZone('Mid-Atlantic Standard Time')).toBe('Etc/GMT+2');
  });

  it('has To Do accept every Windows name the calendar accepts, and the same IANA list', () => {
    // Noon on 1 March 2025 in the zone, as To Do reads a dueDateTime.
    const noon = (zone: string) => wallTimeToEpoch('2025-03-01T12:00:00', zone);
    expect(noon('China Standard Time')).toBe(Date.parse('2025-03-01T04:00:00Z'));
    expect(noon('Hawaiian Standard Time')).toBe(Date.parse('2025-03-01T22:00:00Z'));
    // Off Graph's list of IANA names: Outlook answers TimeZoneNotSupportedException.
    expect(noon('Europe/Vienna')).toBeUndefined();
    expect(resolveTimeZone('Europe/Vienna')).toBeUndefined();
    for (const name of Object.keys(WINDOWS_TO_IANA)) {
      const calendar = parseDateTimeTimeZone('2025-03-01T12:00:00', name);
      expect(calendar.ok && calendar.instant.epochMilliseconds, name).toBe(noon(name));
      expect(toIanaZone(name), name).toBe(resolveTimeZone(name));
    }
  });
});
