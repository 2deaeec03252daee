import { describe, expect, it } from 'vitest';
import { MemoryCalendar } from '../../../src/adapters/memory/memory-calendar';
import {
  bookAdHocConversation,
  type AdHocConversationBody,
} from '../../../src/app/my-365/triggers/book-ad-hoc-conversation';
import {
  findAdHocSlots,
  outsideWorkingHours,
} from '../../../src/app/my-365/triggers/find-ad-hoc-slots';
import { Temporal, type Person } from '../../../src/domain';

// Monday 8 June 2026, 08:00 in London.
const NOW = Temporal.Instant.from('2026-06-08T07:00:00Z');
const ZONE = 'Europe/London';
const manager: Person = { id: 'm', displayName: 'Priya Raman', mail: 'priya@contoso.example' };
const report: Person = { id: 'r', displayName: 'Zeynep Kaya', mail: 'zeynep@contoso.example' };

function calendarWith(): MemoryCalendar {
  return new MemoryCalendar({ email: manager.mail, name: manager.displayName });
}

describe('findAdHocSlots: the earliest hour both are free', () => {
  it('skips both people’s busy time and keeps clear of their 1:1, soonest first', async () => {
    const calendar = calendarWith();
    // Priya's weekly 1:1 with Zeynep on Monday 09:00–09:30 London (08:00 UTC).
    await calendar.createEvent({
      title: '1:1 Priya / Zeynep',
      start: '2026-06-08T08:00:00Z',
      end: '2026-06-08T08:30:00Z',
      timeZone: ZONE,
      attendees: [{ email: report.mail, name: report.displayName }],
      bodyHtml: '',
      onlineMeeting: true,
      idempotencyKey: 'one-on-one',
    });
    // Zeynep is busy the rest of Monday morning.
    calendar.setBusy(report.mail, [
      { start: '2026-06-08T08:30:00Z', end: '2026-06-08T11:00:00Z', status: 'busy' },
    ]);
    const found = await findAdHocSlots(calendar, {
      manager,
      report,
      now: NOW,
      zone: ZONE,
      dueBy: '2026-06-15',
    });
    if (!found.ok) throw new Error(found.message);
    const first = found.slots[0];
    // 12:00 London: after her busy morning; the 1:1's buffer is long past by then.
    expect(first).toEqual({
      start: '2026-06-08T11:00:00Z',
      end: '2026-06-08T12:00:00Z',
      byDueDate: true,
    });
    const starts = found.slots.map((s) => s.start);
    expect([...starts].sort()).toEqual(starts);
    expect(found.slots.length).toBeGreaterThan(1);
  });

  it('never offers time inside or right after the 1:1', async () => {
    const calendar = calendarWith();
    await calendar.createEvent({
      title: 'One-on-one',
      start: '2026-06-08T08:00:00Z',
      end: '2026-06-08T08:30:00Z',
      timeZone: ZONE,
      attendees: [{ email: report.mail, name: report.displayName }],
      bodyHtml: '',
      onlineMeeting: false,
      idempotencyKey: 'one-on-one',
    });
    const found = await findAdHocSlots(calendar, {
      manager,
      report,
      now: NOW,
      zone: ZONE,
      dueBy: '2026-06-08',
    });
    if (!found.ok) throw new Error(found.message);
    // The 1:1 ends at 09:30 London; 30 minutes clear puts the first start at 10:00.
    expect(found.slots[0]?.start).toBe('2026-06-08T09:00:00Z');
    // Due today, so only today's slot is "by the due date".
    expect(found.slots.filter((s) => s.byDueDate).length).toBe(1);
  });

  it('respects the report’s own working day in their zone', async () => {
    const found = await findAdHocSlots(calendarWith(), {
      manager,
      report: { ...report, timeZone: 'America/Toronto' },
      now: NOW,
      zone: ZONE,
      dueBy: '2026-06-15',
    });
    if (!found.ok) throw new Error(found.message);
    // Toronto starts at 09:00 = 14:00 London; London stops at 17:00, so 14:00–16:00 starts fit.
    for (const slot of found.slots) {
      const hour = Temporal.Instant.from(slot.start).toZonedDateTimeISO(ZONE).hour;
      expect(hour).toBeGreaterThanOrEqual(14);
      expect(hour).toBeLessThan(16);
    }
  });

  it('explains when nothing is free, so the manager can look further ahead', async () => {
    const calendar = calendarWith();
    calendar.setBusy(report.mail, [
      { start: '2026-06-01T00:00:00Z', end: '2026-07-30T00:00:00Z', status: 'oof' },
    ]);
    const found = await findAdHocSlots(calendar, {
      manager,
      report,
      now: NOW,
      zone: ZONE,
      dueBy: '2026-06-09',
    });
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.message).toMatch(/No 60-minute time is free for both of you/);
  });
});

describe('outsideWorkingHours', () => {
  it('blocks the night and the weekend in the given zone', () => {
    const blocks = outsideWorkingHours(
      { start: '2026-06-12T12:00:00Z', end: '2026-06-13T12:00:00Z' },
      'UTC',
      { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
    );
    expect(blocks).toEqual([
      { start: '2026-06-12T00:00:00Z', end: '2026-06-12T09:00:00Z', kind: 'busy' },
      { start: '2026-06-12T17:00:00Z', end: '2026-06-13T00:00:00Z', kind: 'busy' },
      { start: '2026-06-13T00:00:00Z', end: '2026-06-14T00:00:00Z', kind: 'busy' },
    ]);
  });
});

describe('bookAdHocConversation: a real meeting, then the shared record', () => {
  const slot = { start: '2026-06-09T10:00:00Z', end: '2026-06-09T11:00:00Z' };
  const input = {
    manager,
    report,
    trigger: 'approached-by-another-organisation' as const,
    triggerLogId: 'log-1',
    slot,
    zone: ZONE,
  };

  it('invites the report to a Teams meeting that does not name the trigger, and records it', async () => {
    const calendar = calendarWith();
    const recorded: AdHocConversationBody[] = [];
    const booked = await bookAdHocConversation(
      {
        calendar,
        recordConversation: (body) => {
          recorded.push(body);
          return Promise.resolve();
        },
      },
      input,
    );
    const events = await calendar.eventsBetween(
      { start: '2026-06-09T00:00:00Z', end: '2026-06-10T00:00:00Z' },
      ZONE,
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.attendees).toEqual([{ email: report.mail, name: report.displayName }]);
    expect(events[0]?.joinUrl).toMatch(/^https:/);
    expect(events[0]?.title).not.toMatch(/approached|another organisation|leav/i);
    expect(recorded).toEqual([
      {
        kind: 'ad-hoc',
        trigger: 'approached-by-another-organisation',
        state: 'booked',
        event: booked.conversation,
      },
    ]);
    expect(booked.conversation).toEqual(
      expect.objectContaining({ start: slot.start, end: slot.end, eventId: events[0]?.id }),
    );
  });

  it('books once even when the record fails and the manager tries again', async () => {
    const calendar = calendarWith();
    let attempts = 0;
    const record = () => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('The career API could not be reached.'))
        : Promise.resolve();
    };
    await expect(
      bookAdHocConversation({ calendar, recordConversation: record }, input),
    ).rejects.toThrow(/could not be reached/);
    await bookAdHocConversation({ calendar, recordConversation: record }, input);
    const events = await calendar.eventsBetween(
      { start: '2026-06-09T00:00:00Z', end: '2026-06-10T00:00:00Z' },
      ZONE,
    );
    expect(events).toHaveLength(1);
    expect(attempts).toBe(2);
  });
});
