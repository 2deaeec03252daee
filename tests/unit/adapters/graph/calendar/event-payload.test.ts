import { describe, expect, it } from 'vitest';
import {
  toGraphEvent,
  toPatternedRecurrence,
} from '../../../../../src/adapters/graph/calendar/event-payload';
import type { NewCalendarEvent } from '../../../../../src/app/ports';

const base: NewCalendarEvent = {
  title: 'Career conversation',
  start: '2031-03-11T10:00:00Z',
  end: '2031-03-11T11:00:00Z',
  timeZone: 'Europe/London',
  attendees: [{ email: 'liam@contoso.test', name: "Liam O'Connor" }],
  bodyHtml: '<p>Hello</p>',
  onlineMeeting: true,
  idempotencyKey: 'key-1',
};

describe('toPatternedRecurrence', () => {
  it("maps 'the second Tuesday every three months' to relativeMonthly with no end", () => {
    expect(
      toPatternedRecurrence(
        {
          pattern: 'relativeMonthly',
          interval: 3,
          daysOfWeek: ['tuesday'],
          index: 'second',
          startDate: '2031-03-11',
        },
        'Europe/London',
      ),
    ).toEqual({
      pattern: { type: 'relativeMonthly', interval: 3, daysOfWeek: ['tuesday'], index: 'second' },
      range: { type: 'noEnd', startDate: '2031-03-11', recurrenceTimeZone: 'GMT Standard Time' },
    });
  });

  it('maps a fixed day of the month with an end date to absoluteMonthly / endDate', () => {
    expect(
      toPatternedRecurrence(
        {
          pattern: 'absoluteMonthly',
          interval: 3,
          dayOfMonth: 14,
          startDate: '2031-03-14',
          endDate: '2032-03-14',
        },
        'Asia/Tokyo',
      ),
    ).toEqual({
      pattern: { type: 'absoluteMonthly', interval: 3, dayOfMonth: 14 },
      range: {
        type: 'endDate',
        startDate: '2031-03-14',
        endDate: '2032-03-14',
        recurrenceTimeZone: 'Tokyo Standard Time',
      },
    });
  });
});

describe('toGraphEvent', () => {
  it('books a Teams meeting in local time with the idempotency key as transactionId', () => {
    const body = toGraphEvent(base);
    expect(body).toMatchObject({
      subject: 'Career conversation',
      start: { dateTime: '2031-03-11T10:00:00', timeZone: 'GMT Standard Time' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: 'key-1',
      responseRequested: true,
      attendees: [{ emailAddress: { address: 'liam@contoso.test' }, type: 'required' }],
    });
    expect(body).not.toHaveProperty('recurrence');
  });

  it('makes a private block: no attendees, no response requested, no Teams link', () => {
    const body = toGraphEvent({ ...base, attendees: [], onlineMeeting: false, showAs: 'busy' });
    expect(body).toMatchObject({ attendees: [], responseRequested: false, showAs: 'busy' });
    expect(body).not.toHaveProperty('onlineMeetingProvider');
  });
});
