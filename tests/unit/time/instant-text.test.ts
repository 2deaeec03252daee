import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInstantOf, Temporal, todayIn, toIsoInstant } from '../../../src/domain';

// Instants cross every boundary as text. The server writes and reads thousands per screen, so the
// common forms skip Temporal's printer and parser; the text must be exactly what Temporal gives.

const temporalText = (instant: Temporal.Instant): string =>
  instant.toString({ smallestUnit: 'second' });

const temporalReading = (text: string): string | undefined => {
  try {
    return temporalText(Temporal.Instant.from(text));
  } catch {
    return undefined;
  }
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('instants as text', () => {
  it('writes an instant as Temporal does, truncated to the second, in any year', () => {
    const epochNs = fc.bigInt({
      min: -8_640_000_000_000_000_000_000n,
      max: 8_640_000_000_000_000_000_000n,
    });
    fc.assert(
      fc.property(epochNs, (ns) => {
        const instant = new Temporal.Instant(ns);
        expect(toIsoInstant(instant)).toBe(temporalText(instant));
      }),
      { numRuns: 2_000 },
    );
    expect(toIsoInstant(Temporal.Instant.from('2026-12-08T09:30:59.999Z'))).toBe(
      '2026-12-08T09:30:59Z',
    );
    expect(toIsoInstant(Temporal.Instant.from('1969-12-31T23:59:59.5Z'))).toBe(
      '1969-12-31T23:59:59Z',
    );
  });

  it('reads text in the stored form as Temporal does, impossible moments included', () => {
    const field = (max: number, width: number) =>
      fc.integer({ min: 0, max }).map((n) => pad(n, width));
    const storedForm = fc
      .tuple(field(9999, 4), field(14, 2), field(32, 2), field(25, 2), field(61, 2), field(61, 2))
      .map(([y, mo, d, h, mi, s]) => `${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
    fc.assert(
      fc.property(storedForm, (text) => {
        expect(isoInstantOf(text)).toBe(temporalReading(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads any other form Temporal reads, and refuses what it refuses', () => {
    for (const text of [
      '2026-03-04T10:00:00+01:00',
      '2026-03-04T09:00:00.250Z',
      '2026-03-04t09:00:00z',
      '+012026-03-04T09:00:00Z',
      '0050-01-01T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2024-02-29T00:00:00Z',
      '2026-12-31T23:59:60Z',
      '2026-12-31T24:00:00Z',
      '2026-03-04',
      'soon',
      '',
    ]) {
      expect(isoInstantOf(text), text).toBe(temporalReading(text));
    }
    expect(isoInstantOf('2024-02-29T00:00:00Z')).toBe('2024-02-29T00:00:00Z');
    expect(isoInstantOf('2026-02-29T00:00:00Z')).toBeUndefined();
  });

  it("gives today's date in each zone asked, for one instant asked many times", () => {
    const now = Temporal.Instant.from('2026-12-08T23:30:00Z');
    expect(todayIn(now, 'Europe/London').toString()).toBe('2026-12-08');
    expect(todayIn(now, 'Asia/Tokyo').toString()).toBe('2026-12-09');
    expect(todayIn(now, 'Europe/London').toString()).toBe('2026-12-08');
    expect(todayIn(Temporal.Instant.from('2026-12-09T00:30:00Z'), 'Europe/London').toString()).toBe(
      '2026-12-09',
    );
    expect(() => todayIn(now, 'Mars/Olympus')).toThrow();
  });
});
