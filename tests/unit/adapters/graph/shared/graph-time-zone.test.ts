import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { graphTimeZone } from '../../../../../src/adapters/graph/shared/graph-time-zone';
import {
  graphDateTime,
  instantFromGraph,
} from '../../../../../src/adapters/graph/shared/date-time';
import { WINDOWS_TO_IANA } from '../../../../../src/graph-facts/time-zones';
import { toIsoInstant } from '../../../../../src/domain/time/values';
import { resolveTimeZone } from '../../../../../src/local-tenant/graph/calendar/time-zones';

/**
 * Every zone the product may hand the adapters: what browsers and Node list, and what Graph's own
 * Windows names map to (Etc/GMT+8 and friends are not in Intl's list).
 */
const ZONES = [
  ...new Set([...Intl.supportedValuesOf('timeZone'), ...Object.values(WINDOWS_TO_IANA), 'UTC']),
];

const FROM = Temporal.Instant.from('2025-01-01T00:00:00Z').epochMilliseconds;
const TO = Temporal.Instant.from('2039-12-31T00:00:00Z').epochMilliseconds;

/** A wall time that names two instants (the hour repeated when clocks go back). */
function inFold(instant: Temporal.Instant, zone: string): boolean {
  const wall = instant.toZonedDateTimeISO(zone).toPlainDateTime();
  const earlier = wall.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = wall.toZonedDateTime(zone, { disambiguation: 'later' });
  return !earlier.toInstant().equals(later.toInstant());
}

describe('graphTimeZone', () => {
  // Graph refuses IANA names off its list with 400 TimeZoneNotSupportedException; the local
  // tenant's resolveTimeZone holds the list (learn.microsoft.com/graph/api/resources/datetimetimezone).
  it('sends every zone the product may use under a name Graph accepts, at the same instant', () => {
    const instants = fc.sample(fc.integer({ min: FROM, max: TO }), 6);
    for (const zone of ZONES) {
      const sent = graphTimeZone(zone);
      expect(resolveTimeZone(sent.name), `${zone} goes out as ${sent.name}`).toBeDefined();
      for (const ms of instants) {
        const instant = Temporal.Instant.fromEpochMilliseconds(ms - (ms % 1000));
        if (inFold(instant, sent.iana)) continue;
        const value = graphDateTime(toIsoInstant(instant), zone);
        expect(value.timeZone).toBe(sent.name);
        expect(instantFromGraph(value), `${zone} at ${instant.toString()}`).toBe(
          toIsoInstant(instant),
        );
      }
    }
  }, 30_000);

  it("keeps the zone's daylight-saving rules, so a series stays at its local time", () => {
    // Intl, not the Temporal polyfill the adapter uses: an independent reading of the zone rules.
    const offsetOf = (format: Intl.DateTimeFormat, ms: number) =>
      format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value;
    const formatFor = (zone: string) =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    const weeks = Array.from({ length: 52 * 10 }, (_, i) => FROM + i * 7 * 24 * 3600 * 1000);
    const lostRules = ZONES.filter((zone) => {
      const { iana } = graphTimeZone(zone);
      if (iana === zone) return false;
      const [own, sent] = [formatFor(zone), formatFor(iana)];
      return weeks.some((ms) => offsetOf(own, ms) !== offsetOf(sent, ms));
    });
    // Only a zone no Windows zone matches goes out as UTC (Troll: +00 in winter, +02 in summer).
    expect(
      lostRules.every((zone) => zone === 'Antarctica/Troll'),
      lostRules.join(', '),
    ).toBe(true);
  }, 30_000);

  it('sends the zones Graph refused as their Windows names', () => {
    expect(
      ['America/Tijuana', 'Europe/Minsk', 'Etc/GMT+8', 'Europe/Vienna', 'Asia/Calcutta', 'UTC'].map(
        (zone) => graphTimeZone(zone).name,
      ),
    ).toEqual([
      'Pacific Standard Time (Mexico)',
      'Belarus Standard Time',
      'UTC-08',
      'W. Europe Standard Time',
      'India Standard Time',
      'UTC',
    ]);
  });
});
