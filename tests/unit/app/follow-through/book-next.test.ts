import { describe, expect, it } from 'vitest';
import { MemoryCalendar } from '../../../../src/adapters/memory/memory-calendar';
import { PortError, type NewCalendarEvent } from '../../../../src/app/ports';
import {
  bookNextConversation,
  nextConversationState,
  type BookNextPorts,
} from '../../../../src/app/my-365/follow-through';
import {
  fixedClock,
  Temporal,
  type BookedEvent,
  type ConversationRecord,
} from '../../../../src/domain';
import {
  aBookedFull,
  aConversation,
  aHeldFull,
  aPerson,
  aReportHistory,
  ZONE,
} from '../../builders';

const MANAGER = aPerson({ id: 'm', displayName: 'Priya Raman', mail: 'priya@contoso.example' });
const REPORT = aPerson({ displayName: 'Tomás Hernández', mail: 'tomas@contoso.example' });
const NOW = '2026-03-03T14:00:00Z';
const HELD = aHeldFull('2026-03-03', { id: 'closing' });

class RecordingCalendar extends MemoryCalendar {
  readonly created: NewCalendarEvent[] = [];
  override createEvent(event: NewCalendarEvent) {
    this.created.push(event);
    return super.createEvent(event);
  }
}

function setUp(conversations: ConversationRecord[] = [HELD]) {
  const calendar = new RecordingCalendar({ email: MANAGER.mail, name: MANAGER.displayName });
  const recorded: BookedEvent[] = [];
  let failRecord = false;
  const ports: BookNextPorts = {
    calendar,
    recordBooked: (event) => {
      if (failRecord) {
        failRecord = false;
        return Promise.reject(new PortError('unavailable', 'down'));
      }
      recorded.push(event);
      return Promise.resolve(aConversation({ id: `next-${String(recorded.length)}`, event }));
    },
    clock: fixedClock(NOW),
  };
  let builder = aReportHistory().withReport(REPORT);
  for (const c of conversations) builder = builder.withConversation(c);
  const history = builder.build();
  const book = (closing: ConversationRecord = HELD) =>
    bookNextConversation(ports, { history, closing, manager: MANAGER, report: REPORT, zone: ZONE });
  return {
    calendar,
    recorded,
    history,
    book,
    failNextRecord: () => {
      failRecord = true;
    },
  };
}

const londonDate = (iso: string): string =>
  Temporal.Instant.from(iso).toZonedDateTimeISO(ZONE).toPlainDate().toString();

describe('nextConversationState: a quarter after this conversation', () => {
  it('is due three months after the conversation held today', () => {
    const { history } = setUp();
    const state = nextConversationState(history, HELD, Temporal.Instant.from(NOW), ZONE);
    expect(state.dueBy).toBe('2026-06-03');
    expect(state.message).toMatch(/next one due in 3 months/);
    expect(state.booked).toBeUndefined();
  });

  it('counts a conversation not yet marked held from its booked start', () => {
    const booked = aBookedFull('2026-03-03', { id: 'closing' });
    const { history } = setUp([booked]);
    const state = nextConversationState(history, booked, Temporal.Instant.from(NOW), ZONE);
    expect(state.dueBy).toBe('2026-06-03');
  });

  it('finds the full conversation already booked after it', () => {
    const later = aBookedFull('2026-05-28', { id: 'later' });
    const { history } = setUp([HELD, later]);
    const state = nextConversationState(history, HELD, Temporal.Instant.from(NOW), ZONE);
    expect(state.booked?.id).toBe('later');
  });
});

describe('bookNextConversation: book it now, as a recurring quarterly session', () => {
  it('books a 90-minute Teams meeting with the report near the due date, recurring quarterly', async () => {
    const { calendar, recorded, book } = setUp();
    const outcome = await book();

    expect(outcome.source).toBe('booked');
    const [event] = calendar.created;
    expect(event?.attendees).toEqual([{ email: REPORT.mail, name: REPORT.displayName }]);
    expect(event?.onlineMeeting).toBe(true);
    expect(event?.recurrence?.interval).toBe(3);
    const start = londonDate(event?.start ?? '');
    expect(start >= '2026-05-27' && start <= '2026-06-17').toBe(true);
    const minutes = Temporal.Instant.from(event?.start ?? '')
      .until(Temporal.Instant.from(event?.end ?? ''))
      .total('minutes');
    expect(minutes).toBe(90);
    expect(event?.bodyHtml).toContain('Hi Tomás,');

    const [record] = recorded;
    expect(record?.start).toBe(event?.start);
    // The series' own id, so next quarter's occurrence is found through it.
    expect(record?.seriesId).toBe(record?.eventId);
  });

  it('keeps clear of the report’s busy time', async () => {
    const { calendar, book } = setUp();
    // Tomás is away the whole of the first week it could go in.
    calendar.setBusy(REPORT.mail, [
      { start: '2026-05-27T00:00:00Z', end: '2026-06-06T00:00:00Z', status: 'oof' },
    ]);
    await book();
    expect(londonDate(calendar.created[0]?.start ?? '') >= '2026-06-08').toBe(true);
  });

  it('books nothing when the next conversation is already booked', async () => {
    const later = aBookedFull('2026-05-28', { id: 'later' });
    const { calendar, recorded, book } = setUp([HELD, later]);
    const outcome = await book();
    expect(outcome).toMatchObject({ source: 'existing', conversation: { id: 'later' } });
    expect(calendar.created).toHaveLength(0);
    expect(recorded).toHaveLength(0);
  });

  it('records the occurrence the quarterly series already holds, without a new event', async () => {
    const calendarOwner = setUp();
    const master = await calendarOwner.calendar.createEvent({
      title: 'Career conversation',
      start: '2026-03-03T10:00:00Z',
      end: '2026-03-03T11:30:00Z',
      timeZone: ZONE,
      attendees: [{ email: REPORT.mail, name: REPORT.displayName }],
      bodyHtml: '',
      onlineMeeting: true,
      recurrence: {
        pattern: 'relativeMonthly',
        interval: 3,
        daysOfWeek: ['tuesday'],
        index: 'first',
        startDate: '2026-03-03',
      },
      idempotencyKey: 'series',
    });
    const closing = aHeldFull('2026-03-03', {
      id: 'closing',
      event: {
        eventId: master.id,
        seriesId: master.id,
        title: 'Career conversation',
        start: '2026-03-03T10:00:00Z',
        end: '2026-03-03T11:30:00Z',
      },
    });
    calendarOwner.calendar.created.length = 0;
    const outcome = await calendarOwner.book(closing);

    expect(outcome.source).toBe('series');
    expect(calendarOwner.calendar.created).toHaveLength(0);
    const [record] = calendarOwner.recorded;
    expect(record?.seriesId).toBe(master.id);
    expect(londonDate(record?.start ?? '')).toBe('2026-06-02'); // the first Tuesday of June
  });

  it('never books a second meeting when recording the first one failed', async () => {
    const { calendar, recorded, book, failNextRecord } = setUp();
    failNextRecord();
    await expect(book()).rejects.toThrow('down');
    await book();
    const events = await calendar.eventsBetween(
      { start: '2026-05-01T00:00:00Z', end: '2026-07-01T00:00:00Z' },
      ZONE,
    );
    expect(events).toHaveLength(1);
    expect(recorded).toHaveLength(1);
  });
});

describe('bookNextConversation from outside a close (the Outlook task pane): nothing to close', () => {
  it('books the first full conversation when none was ever held, by the date the cadence gives', async () => {
    const { calendar, recorded, history } = setUp([]);
    const ports: BookNextPorts = {
      calendar,
      recordBooked: (event) => {
        recorded.push(event);
        return Promise.resolve(aConversation({ id: 'first', event }));
      },
      clock: fixedClock(NOW),
    };
    const input = { history, manager: MANAGER, report: REPORT, zone: ZONE };
    const state = nextConversationState(history, undefined, Temporal.Instant.from(NOW), ZONE);
    const outcome = await bookNextConversation(ports, input);

    expect(outcome.source).toBe('booked');
    const [event] = calendar.created;
    expect(event?.attendees).toEqual([{ email: REPORT.mail, name: REPORT.displayName }]);
    // Due (or overdue) now: the first time free for both from tomorrow.
    expect(londonDate(event?.start ?? '') > londonDate(NOW)).toBe(true);
    expect(state.message).toBeTruthy();
    // One booking per report and due date: a retry finds the same event, never a second one.
    expect(event?.idempotencyKey).toBe(`next-conversation:${REPORT.id}:${state.dueBy}`);
    expect(recorded).toHaveLength(1);
  });

  it('keeps a full conversation already booked ahead instead of booking another', async () => {
    const ahead = aBookedFull('2026-04-20', { id: 'ahead' });
    const { calendar, history } = setUp([HELD, ahead]);
    const outcome = await bookNextConversation(
      { calendar, recordBooked: () => Promise.reject(new Error('no')), clock: fixedClock(NOW) },
      { history, manager: MANAGER, report: REPORT, zone: ZONE },
    );
    expect(outcome).toMatchObject({ source: 'existing', conversation: { id: 'ahead' } });
    expect(calendar.created).toHaveLength(0);
  });
});
