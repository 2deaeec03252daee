import { describe, expect, it } from 'vitest';
import {
  epochMillisOf,
  isValidIsoDate,
  parseDate,
  parseInstant,
  parseMonth,
} from '../../../src/domain';

// One place reads dates and times from text; what is not one comes back as "not known", never
// as a throw, so each caller decides between an error, an unknown and showing it as stored.
describe('reading dates and times from text', () => {
  it('reads an instant with any offset, and nothing else', () => {
    expect(parseInstant('2026-03-04T10:00:00+01:00')?.toString()).toBe('2026-03-04T09:00:00Z');
    expect(parseInstant('2026-03-04')).toBeUndefined();
    expect(parseInstant('soon')).toBeUndefined();
    expect(parseInstant(undefined)).toBeUndefined();
  });

  it('reads a calendar date and refuses a day the month does not have', () => {
    expect(parseDate('2026-02-28')?.toString()).toBe('2026-02-28');
    expect(parseDate('2026-02-30')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
    expect(parseDate(undefined)).toBeUndefined();
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('2026-2-3')).toBe(false);
    expect(isValidIsoDate('2026-02-03')).toBe(true);
  });

  it('reads a month as its first day', () => {
    expect(parseMonth('2026-09')?.toString()).toBe('2026-09-01');
    expect(parseMonth('2026-13')).toBeUndefined();
    expect(parseMonth('2026-09-01')).toBeUndefined();
  });

  it('gives epoch milliseconds for sorting, NaN for what is not a time, and reads HTTP dates', () => {
    expect(epochMillisOf('1970-01-01T00:00:01Z')).toBe(1000);
    expect(epochMillisOf('soon')).toBeNaN();
    expect(epochMillisOf(undefined)).toBeNaN();
    expect(epochMillisOf('Thu, 01 Jan 1970 00:00:02 GMT')).toBe(2000);
  });
});
