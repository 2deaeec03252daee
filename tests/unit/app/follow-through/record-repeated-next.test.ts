import { describe, expect, it } from 'vitest';
import { MemoryCalendar } from '../../../../src/adapters/memory/memory-calendar';
import {
  bookNextConversation,
  recordRepeatedNext,
  type RecordRepeatedNextPorts,
} from '../../../../src/app/my-365/follow-through';
import { fixedClock, Temporal, type ConversationRecord } from '../../../../src/domain';
import { aConversation, aHeldFull, aPerson, aReportHistory, ZONE } from '../../builders';

const MANAGER = aPerson({ id: 'm', displayName: 'Priya Raman', mail: 'priya@contoso.example' });
const REPORT = aPerson({ displayName: 'Tomás Hernández', mail: 'tomas@contoso.example' });
const NOW = '2026-03-03T14:00:00Z';

/** Priya's calendar, optionally with this quarter's session repeating quarterly; the record so far. */
async function setUp(repeats: boolean) {
  const calendar = new MemoryCalendar({ email: MANAGER.mail, name: MANAGER.displayName });
  const master = await calendar.createEvent({
    title: 'Career conversation',
    start: '2026-03-03T10:00:00Z',
    end: '2026-03-03T11:30:00Z',
    timeZone: ZONE,
    attendees: [{ email: REPORT.mail, name: REPORT.displayName }],
    bodyHtml: '',
    onlineMeeting: true,
    ...(repeats
      ? {
          recurrence: {
            pattern: 'relativeMonthly' as const,
            interval: 3,
            daysOfWeek: ['tuesday' as const],
            index: 'first' as const,
            startDate: '2026-03-03',
          },
        }
      : {}),
    idempotencyKey: 'series',
  });
  const held = aHeldFull('2026-03-03', {
    id: 'closing',
    event: {
      eventId: master.id,
      seriesId: master.id,
      title: 'Career conversation',
      start: '2026-03-03T10:00:00Z',
      end: '2026-03-03T11:30:00Z',
    },
  });
  const conversations: ConversationRecord[] = [held];
  const ports: RecordRepeatedNextPorts = {
    calendar,
    clock: fixedClock(NOW),
    recordBooked: (event) => {
      const record = aConversation({
        id: `next-${String(conversations.length)}`,
        kind: 'full',
        state: 'booked',
        event,
      });
      conversations.push(record);
      return Promise.resolve(record);
    },
    recordedConversations: () => Promise.resolve([...conversations]),
  };
  // The screen's history, read before it was marked held: it never sees what was recorded since.
  const history = aReportHistory().withReport(REPORT).withConversation(held).build();
  const markHeld = () => recordRepeatedNext(ports, { history, held, zone: ZONE });
  const booked = () => conversations.filter((c) => c.state === 'booked');
  return { ports, history, held, markHeld, booked };
}

const londonDate = (iso: string): string =>
  Temporal.Instant.from(iso).toZonedDateTimeISO(ZONE).toPlainDate().toString();

describe('recordRepeatedNext: held, the next quarter the repeat holds goes on record', () => {
  it('records next quarter’s occurrence as a booked full conversation of the same series', async () => {
    const { markHeld, booked, held } = await setUp(true);
    const outcome = await markHeld();
    expect(outcome?.source).toBe('series');
    const [next] = booked();
    expect(booked()).toHaveLength(1);
    expect(next?.kind).toBe('full');
    expect(next?.event?.seriesId).toBe(held.event?.seriesId);
    expect(londonDate(next?.event?.start ?? '')).toBe('2026-06-02'); // the first Tuesday of June
  });

  it('records it once when marked held twice', async () => {
    const { markHeld, booked } = await setUp(true);
    await markHeld();
    const again = await markHeld();
    expect(again?.source).toBe('existing');
    expect(booked()).toHaveLength(1);
  });

  it('leaves Close’s “Book it here” with nothing more to record', async () => {
    const { ports, markHeld, booked, held, history } = await setUp(true);
    await markHeld();
    const conversations = await ports.recordedConversations();
    const outcome = await bookNextConversation(ports, {
      history: { ...history, conversations },
      closing: { ...held },
      manager: MANAGER,
      report: REPORT,
      zone: ZONE,
    });
    expect(outcome.source).toBe('existing');
    expect(booked()).toHaveLength(1);
  });

  it('records nothing when the calendar holds no repeat', async () => {
    const { markHeld, booked } = await setUp(false);
    expect(await markHeld()).toBeUndefined();
    expect(booked()).toHaveLength(0);
  });
});
