import { describe, expect, it } from 'vitest';
import {
  blockSearchRange,
  findBlockSlot,
  type BlockSlotRequest,
} from '../../../../src/app/my-365/follow-through';
import { ASSUMED_WORKING_HOURS, Temporal, type Interval } from '../../../../src/domain';

const ZONE = 'America/New_York';
// Monday 2 March 2026, 08:00 in New York.
const NOW = Temporal.Instant.from('2026-03-02T13:00:00Z');

const request = (overrides: Partial<BlockSlotRequest> = {}): BlockSlotRequest => ({
  now: NOW,
  zone: ZONE,
  due: '2026-03-20',
  minutes: 30,
  busy: [],
  hours: ASSUMED_WORKING_HOURS,
  leadDays: 7,
  ...overrides,
});

const local = (iso: string): string =>
  Temporal.Instant.from(iso).toZonedDateTimeISO(ZONE).toPlainDateTime().toString();

/** Busy all working day on each date, in New York. */
const fullDays = (...dates: string[]): Interval[] =>
  dates.map((date) => ({
    start: Temporal.PlainDate.from(date)
      .toZonedDateTime({ timeZone: ZONE, plainTime: '09:00' })
      .toInstant()
      .toString(),
    end: Temporal.PlainDate.from(date)
      .toZonedDateTime({ timeZone: ZONE, plainTime: '17:00' })
      .toInstant()
      .toString(),
  }));

describe('findBlockSlot: time for a commitment, before it is due, when the manager is free', () => {
  it('takes the first free working time in the week before the due date, in the manager’s zone', () => {
    const slot = findBlockSlot(request());
    // 13 March is a Friday, seven days before the 20th.
    expect(slot && local(slot.start)).toBe('2026-03-13T09:00:00');
    expect(slot && local(slot.end)).toBe('2026-03-13T09:30:00');
    expect(slot?.afterDue).toBe(false);
  });

  it('steps around what is already in the calendar and skips the weekend', () => {
    const busy = [
      ...fullDays('2026-03-13'),
      {
        start: Temporal.PlainDate.from('2026-03-16')
          .toZonedDateTime({ timeZone: ZONE, plainTime: '09:00' })
          .toInstant()
          .toString(),
        end: Temporal.PlainDate.from('2026-03-16')
          .toZonedDateTime({ timeZone: ZONE, plainTime: '10:15' })
          .toInstant()
          .toString(),
      },
    ];
    const slot = findBlockSlot(request({ busy }));
    expect(slot && local(slot.start)).toBe('2026-03-16T10:30:00');
  });

  it('looks earlier than the lead week when that week is full', () => {
    const busy = fullDays(
      '2026-03-13',
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
    );
    const slot = findBlockSlot(request({ busy }));
    expect(slot && local(slot.start)).toBe('2026-03-02T09:00:00');
    expect(slot?.afterDue).toBe(false);
  });

  it('never proposes a time already past', () => {
    const slot = findBlockSlot(
      request({ now: Temporal.Instant.from('2026-03-13T15:10:00Z') }), // 11:10 in New York
    );
    expect(slot && local(slot.start)).toBe('2026-03-13T11:30:00');
  });

  it('books the first free time from today for a commitment already due, and says so', () => {
    const slot = findBlockSlot(request({ due: '2026-02-20' }));
    expect(slot && local(slot.start)).toBe('2026-03-02T09:00:00');
    expect(slot?.afterDue).toBe(true);
  });

  it('gives up when there is no room at all', () => {
    const everyDay: string[] = [];
    for (let d = Temporal.PlainDate.from('2026-03-02'); d.day <= 20; d = d.add({ days: 1 })) {
      everyDay.push(d.toString());
    }
    expect(findBlockSlot(request({ busy: fullDays(...everyDay) }))).toBeUndefined();
  });

  it('reads the calendar from now to the last day it might use', () => {
    const range = blockSearchRange(request({ due: '2026-02-20' }));
    expect(range.start).toBe('2026-03-02T13:00:00Z');
    expect(local(range.end)).toBe('2026-03-10T00:00:00');
  });
});
