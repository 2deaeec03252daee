import { describe, expect, it } from 'vitest';
import {
  draftOf,
  fromLocalInput,
  intervalOf,
  toLocalInput,
} from '../../../src/web/features/book-series/local-time';
import { bothTimes, sessionName } from '../../../src/web/features/book-series/session-label';
import { dateFormatFor } from '../../../src/web/shared/date-format';

describe('datetime-local values, read in the manager’s zone', () => {
  it('round-trips an instant through the field, across a daylight-saving change', () => {
    expect(toLocalInput('2027-03-04T15:00:00Z', 'Europe/London')).toBe('2027-03-04T15:00');
    expect(toLocalInput('2027-04-01T14:00:00Z', 'Europe/London')).toBe('2027-04-01T15:00');
    expect(fromLocalInput('2027-04-01T15:00', 'Europe/London')).toBe('2027-04-01T14:00:00Z');
  });

  it('gives nothing for an incomplete or impossible value, so checks wait for it', () => {
    expect(fromLocalInput('', 'Europe/London')).toBeUndefined();
    expect(fromLocalInput('2027-02-30T10:00', 'Europe/London')).toBeUndefined();
    expect(intervalOf({ start: '2027-03-04T15:00', minutes: 0 }, 'UTC')).toBeUndefined();
    expect(intervalOf({ start: '2027-03-04T15:00', minutes: Number.NaN }, 'UTC')).toBeUndefined();
  });

  it('turns a draft into the interval it stands for, and back', () => {
    const interval = intervalOf({ start: '2027-03-04T09:00', minutes: 90 }, 'America/Mexico_City');
    expect(interval).toEqual({ start: '2027-03-04T15:00:00Z', end: '2027-03-04T16:30:00Z' });
    expect(draftOf(interval ?? { start: '', end: '' }, 'America/Mexico_City')).toEqual({
      start: '2027-03-04T09:00',
      minutes: 90,
    });
  });
});

describe('session labels', () => {
  it('names each session of a series by its phase, and a single session by all three', () => {
    expect(sessionName('series-of-three', 1)).toBe('Session 2: Where do you want to go?');
    expect(sessionName('single-90', 0)).toBe('The session (all three phases)');
  });

  it('shows the report’s own time only when their zone differs', () => {
    const session = { start: '2027-03-04T15:00:00Z', end: '2027-03-04T16:00:00Z' };
    const london = dateFormatFor('en-GB', 'Europe/London');
    expect(bothTimes(session, london, 'America/Mexico_City', 'Tomás')).toEqual({
      mine: 'Thu 4 Mar, 15:00–16:00',
      theirs: 'Thu 4 Mar, 09:00–10:00 for Tomás (Mexico City time)',
    });
    expect(bothTimes(session, london, 'Europe/London', 'Tomás').theirs).toBeUndefined();
    // The manager reads both in their own style: a US host shows the report's time the US way.
    const toronto = dateFormatFor('en-US', 'America/Toronto');
    expect(bothTimes(session, toronto, 'America/Mexico_City', 'Tomás').theirs).toMatch(
      /^Thu, Mar 4, 9:00\s?–\s?10:00\sAM for Tomás/,
    );
  });
});
