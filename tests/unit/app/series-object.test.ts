import { describe, expect, it, vi } from 'vitest';
import { MemoryChat, MemoryMailer } from '../../../src/adapters/memory/memory-messaging';
import type { BookedEvent, PromptDelivery } from '../../../src/domain';
import {
  bookSeries,
  cancelBooking,
  closeSeriesEarly,
  moveSeries,
  readBookingCalendar,
  readSeriesSessions,
} from '../../../src/app/my-365/booking';
import { queueReflectionPrompt } from '../../../src/app/my-365/prompt/queue-reflection-prompt';
import {
  nextConversationState,
  readRepeatedNext,
  withRepeatedNext,
} from '../../../src/app/my-365/follow-through';
import { aConversation } from '../builders';
import { Temporal } from '../../../src/domain/time/temporal';
import { HOURS, NOW, PEOPLE, ZONE, calendarWithOneOnOne, session } from './booking-fixtures';

const WINDOW = { start: '2027-03-01T08:00:00Z', end: '2027-04-30T00:00:00Z' };
// Thursdays 4, 11 and 18 March 2027, 15:00 UTC (15:00 London, 09:00 Mexico City).
const SESSIONS = [
  session('2027-03-04T15:00:00Z', 60),
  session('2027-03-11T15:00:00Z', 60),
  session('2027-03-18T15:00:00Z', 60),
];
const base = {
  people: PEOPLE,
  zone: ZONE,
  workingHours: HOURS,
  reportHours: HOURS,
  now: NOW,
  format: 'series-of-three' as const,
};

/** Booked, with the reflection prompt queued by mail and held by the mail server. */
async function bookedWithPrompt() {
  const calendar = await calendarWithOneOnOne();
  const read = await readBookingCalendar(calendar, {
    people: PEOPLE,
    window: WINDOW,
    zone: ZONE,
    reportHours: HOURS,
  });
  let recorded: BookedEvent | undefined;
  const booked = await bookSeries(
    {
      calendar,
      recordBooking: (event) => {
        recorded = event;
        return Promise.resolve();
      },
    },
    { ...base, calendar: read, sessions: SESSIONS, key: 'book' },
  );
  if (!booked.ok || !recorded) throw new Error('not booked');
  const mailer = new MemoryMailer();
  mailer.now = NOW.toString();
  const chat = new MemoryChat();
  let prompt: PromptDelivery | undefined;
  await queueReflectionPrompt(
    {
      mailer,
      chat,
      recordPrompt: (p) => {
        prompt = p;
        return Promise.resolve();
      },
    },
    {
      ...PEOPLE,
      wording: 'Think about what you would like more of.',
      firstSessionStart: recorded.start,
      zone: ZONE,
      reportHours: HOURS,
      now: NOW,
      channel: 'mail',
      key: 'prompt-1',
    },
  );
  if (!prompt) throw new Error('no prompt');
  const sessions = await readSeriesSessions(calendar, recorded, PEOPLE, ZONE);
  return { calendar, mailer, chat, recorded, prompt, sessions, booked };
}

const careerEvents = async (
  calendar: Awaited<ReturnType<typeof calendarWithOneOnOne>>,
  range: { start: string; end: string },
) =>
  (await calendar.eventsBetween(range, ZONE)).filter((e) =>
    e.title.startsWith('Career conversation'),
  );

describe('the series is one object', () => {
  it('books every session recurring quarterly, so next quarter is three sessions again', async () => {
    const { calendar, booked } = await bookedWithPrompt();
    expect(booked.events.map((e) => e.isRecurring)).toEqual([true, true, true]);
    const nextQuarter = await careerEvents(calendar, {
      start: '2027-05-25T00:00:00Z',
      end: '2027-07-10T00:00:00Z',
    });
    expect(nextQuarter.map((e) => [e.start, e.end])).toEqual([
      // First, second and third Thursday of June, 15:00 in London (BST: 14:00 UTC), 60 minutes.
      ['2027-06-03T14:00:00Z', '2027-06-03T15:00:00Z'],
      ['2027-06-10T14:00:00Z', '2027-06-10T15:00:00Z'],
      ['2027-06-17T14:00:00Z', '2027-06-17T15:00:00Z'],
    ]);
  });

  it('moves all three sessions by the same step, and the held prompt with them', async () => {
    const { calendar, mailer, chat, recorded, prompt, sessions } = await bookedWithPrompt();
    const read = await readBookingCalendar(calendar, {
      people: PEOPLE,
      window: WINDOW,
      zone: ZONE,
      reportHours: HOURS,
      ignore: sessions,
    });
    const updateRecord = vi.fn(() => Promise.resolve());
    // One day later: Fridays 5, 12 and 19 March.
    const result = await moveSeries(
      { calendar, mailer, chat, updateRecord },
      {
        ...base,
        sessions,
        to: session('2027-03-05T15:00:00Z', 60),
        recorded,
        prompt,
        calendar: read,
        key: 'move-1',
      },
    );
    expect(result.ok).toBe(true);
    const after = await readSeriesSessions(
      calendar,
      { ...recorded, start: '2027-03-05T15:00:00Z', end: '2027-03-05T16:00:00Z' },
      PEOPLE,
      ZONE,
    );
    expect(after.map((s) => s.start)).toEqual([
      '2027-03-05T15:00:00Z',
      '2027-03-12T15:00:00Z',
      '2027-03-19T15:00:00Z',
    ]);
    // The old prompt never arrives; a new one, for the new date, with the manager's own words.
    const [old, renewed] = mailer.sent;
    expect(old?.recalled).toBe(true);
    expect(renewed?.deliverAt).toBe('2027-03-02T15:00:00Z');
    expect(renewed?.html).toContain('Think about what you would like more of.');
    expect(renewed?.html).toContain('5 March');
    expect(updateRecord).toHaveBeenCalledOnce();
    expect(updateRecord).toHaveBeenCalledWith({
      event: expect.objectContaining({ start: '2027-03-05T15:00:00Z' }) as unknown,
      prompt: expect.objectContaining({
        deliverAt: '2027-03-02T15:00:00Z',
        messageId: renewed?.id,
        wording: 'Think about what you would like more of.',
      }) as unknown,
    });
  });

  it('cancelling removes every session of every quarter and recalls the held prompt', async () => {
    const { calendar, mailer, recorded, prompt, sessions } = await bookedWithPrompt();
    const markCancelled = vi.fn(() => Promise.resolve());
    const outcome = await cancelBooking(
      { calendar, mailer, markCancelled },
      { recorded, sessions, comment: 'Sorry', prompt, now: NOW },
    );
    expect(
      await careerEvents(calendar, { start: '2027-03-01T00:00:00Z', end: '2028-03-01T00:00:00Z' }),
    ).toEqual([]);
    expect(mailer.receivedBy(PEOPLE.report.mail, '2027-04-01T00:00:00Z')).toEqual([]);
    expect(outcome.prompt).toBe('recalled');
    expect(markCancelled).toHaveBeenCalledWith(
      expect.objectContaining({ recalledAt: NOW.toString() }),
    );
  });

  it('held early: the sessions still ahead this quarter go, later quarters and the prompt record say so', async () => {
    const { calendar, mailer, prompt, sessions } = await bookedWithPrompt();
    const outcome = await closeSeriesEarly(
      { calendar, mailer },
      { sessions, prompt, now: NOW, comment: 'We covered everything today.' },
    );
    expect(outcome.prompt).toBe('recalled');
    expect(outcome.recalledPrompt?.recalledAt).toBe(NOW.toString());
    expect(
      await careerEvents(calendar, { start: '2027-03-01T00:00:00Z', end: '2027-04-01T00:00:00Z' }),
    ).toEqual([]);
    // The quarterly repeat stays: next quarter is still booked as three sessions.
    expect(
      await careerEvents(calendar, { start: '2027-05-25T00:00:00Z', end: '2027-07-10T00:00:00Z' }),
    ).toHaveLength(3);
    expect(mailer.receivedBy(PEOPLE.report.mail, '2027-04-01T00:00:00Z')).toEqual([]);
  });

  it('Close shows the next conversation the quarterly repeat already holds as booked', async () => {
    const { calendar, recorded } = await bookedWithPrompt();
    const closing = aConversation({
      state: 'held',
      event: recorded,
      heldAt: '2027-03-18T16:00:00Z',
    });
    const history = {
      report: { ...PEOPLE.report },
      managerId: PEOPLE.manager.id,
      transitions: [],
      triggers: [],
      conversations: [closing],
    };
    const after = Temporal.Instant.from('2027-03-19T09:00:00Z');
    // Before: nothing recorded after this one, so "Next booked" read "Not yet".
    expect(nextConversationState(history, closing, after, ZONE).booked).toBeUndefined();
    const repeat = await readRepeatedNext(calendar, { history, closing, zone: ZONE, now: after });
    expect(repeat?.start).toBe('2027-06-03T14:00:00Z');
    const shown = nextConversationState(withRepeatedNext(history, repeat), closing, after, ZONE);
    expect(shown.booked?.event).toMatchObject({
      start: '2027-06-03T14:00:00Z',
      seriesId: recorded.seriesId,
    });
  });
});
