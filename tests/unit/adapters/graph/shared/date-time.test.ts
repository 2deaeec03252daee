import { describe, expect, it } from 'vitest';
import {
  graphDateTime,
  instantFromGraph,
  toIanaZone,
} from '../../../../../src/adapters/graph/shared/date-time';

describe('toIanaZone', () => {
  it.each([
    ['GMT Standard Time', 'Europe/London'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['India Standard Time', 'Asia/Kolkata'],
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['UTC', 'UTC'],
    ['tzone://Microsoft/Utc', 'UTC'],
  ])('reads %s as %s', (name, zone) => {
    expect(toIanaZone(name)).toBe(zone);
  });

  it('gives undefined for names it cannot compute with', () => {
    expect(toIanaZone('tzone://Microsoft/Custom')).toBeUndefined();
    expect(toIanaZone('')).toBeUndefined();
    expect(toIanaZone(null)).toBeUndefined();
  });
});

describe('instantFromGraph', () => {
  it("reads Graph's seven fractional digits in UTC", () => {
    expect(instantFromGraph({ dateTime: '2031-03-04T10:00:00.0000000', timeZone: 'UTC' })).toBe(
      '2031-03-04T10:00:00Z',
    );
  });

  it('places a wall time in a Windows or IANA zone, across daylight saving', () => {
    expect(
      instantFromGraph({ dateTime: '2031-07-04T10:00:00.0000000', timeZone: 'GMT Standard Time' }),
    ).toBe('2031-07-04T09:00:00Z');
    expect(instantFromGraph({ dateTime: '2031-01-04T10:00:00', timeZone: 'Europe/London' })).toBe(
      '2031-01-04T10:00:00Z',
    );
  });

  it('honours an explicit offset and rejects what it cannot read', () => {
    expect(instantFromGraph({ dateTime: '2031-01-04T10:00:00+02:00' })).toBe(
      '2031-01-04T08:00:00Z',
    );
    expect(instantFromGraph({ dateTime: 'soon', timeZone: 'UTC' })).toBeUndefined();
    expect(instantFromGraph({ dateTime: '2031-01-04T10:00:00', timeZone: 'Mars/Olympus' })).toBe(
      undefined,
    );
  });
});

describe('graphDateTime', () => {
  it("writes an instant as the wall time in the organiser's zone, under its Windows name", () => {
    expect(graphDateTime('2031-07-04T09:00:00Z', 'Europe/London')).toEqual({
      dateTime: '2031-07-04T10:00:00',
      timeZone: 'GMT Standard Time',
    });
  });
});
