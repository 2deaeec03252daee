import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../../../src/adapters/career-api/career-api-client';
import { phaseUnderWay } from '../../../../src/web/data/conversation-for-mode';
import type { CalendarEvent } from '../../../../src/app/ports';
import { meetingThreadOf } from '../../../../src/domain';
import {
  conversationForMeeting,
  seriesMeetingFor,
  seriesWindow,
  threadOfHostMeeting,
} from '../../../../src/web/features/meeting-panel/meeting-match';

const THREAD = '19:meeting_NjBkMmY3YzQtYjE4Yi00ZmJkLThkOTgtZjc5ZjM1YmRmMmI2@thread.v2';
const OTHER = '19:meeting_b3RoZXItbWVldGluZw==@thread.v2';

/** A join link as Graph returns it on an event's `onlineMeeting.joinUrl`. */
const joinUrlOf = (thread: string) =>
  `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=%7b%22Tid%22%3a%22t%22%7d`;

/** Teams' `meeting.id`: base64 of `0#<thread>#0`. */
const meetingIdOf = (thread: string) => btoa(`0#${thread}#0`);

function record(id: string, over: Partial<ConversationRecord>): ConversationRecord {
  return {
    id,
    reportId: 'r1',
    managerId: 'm1',
    kind: 'full',
    state: 'booked',
    rescheduleCount: 0,
    phasesReached: [],
    aspirationRecorded: false,
    sharedNotes: '',
    manualTicks: [],
    etag: '"1"',
    ...over,
  };
}

const booked = (id: string, start: string, thread: string | undefined) =>
  record(id, {
    event: {
      eventId: `e-${id}`,
      title: 'Career conversation',
      start,
      end: start.replace('T09', 'T10'),
      ...(thread === undefined ? {} : { joinUrl: joinUrlOf(thread) }),
    },
  });

describe('meetingThreadOf: the Teams thread id, from whichever form it travels in', () => {
  it('reads it from a join link (escaped in the path), a chat id, and a meeting id', () => {
    expect(meetingThreadOf(joinUrlOf(THREAD))).toBe(THREAD);
    expect(meetingThreadOf(THREAD)).toBe(THREAD);
    expect(meetingThreadOf(meetingIdOf(THREAD))).toBe(THREAD);
    // Base64 thread ids may hold "=", "+" and "/"; escaped in a link, they still read back.
    expect(meetingThreadOf(joinUrlOf(OTHER))).toBe(OTHER);
  });

  it('finds nothing in a link or id that names no meeting thread', () => {
    expect(meetingThreadOf('https://teams.microsoft.com/l/chat/0/0?users=a@b.c')).toBeUndefined();
    expect(meetingThreadOf('19:abc@thread.tacv2')).toBeUndefined();
    expect(meetingThreadOf('not base64 at all!')).toBeUndefined();
    expect(meetingThreadOf('')).toBeUndefined();
  });

  it('prefers the chat id Teams gives, and falls back to the meeting id', () => {
    expect(threadOfHostMeeting({ id: meetingIdOf(OTHER), chatId: THREAD })).toBe(THREAD);
    expect(threadOfHostMeeting({ id: meetingIdOf(THREAD) })).toBe(THREAD);
    expect(threadOfHostMeeting(undefined)).toBeUndefined();
  });
});

describe('conversationForMeeting: the career conversation booked as this Teams meeting', () => {
  it('matches the record whose event’s join link is this meeting’s thread', () => {
    const mine = booked('a', '2026-12-10T09:00:00Z', THREAD);
    const other = booked('b', '2026-12-11T09:00:00Z', OTHER);
    const noLink = booked('c', '2026-12-09T09:00:00Z', undefined);
    expect(conversationForMeeting([other, noLink, mine], THREAD)?.id).toBe('a');
    expect(conversationForMeeting([other, noLink], THREAD)).toBeUndefined();
    expect(conversationForMeeting([mine], undefined)).toBeUndefined();
  });

  it('in a recurring series (one meeting thread for every occurrence), takes the next open one', () => {
    const done = record('q1', {
      ...booked('q1', '2026-09-10T09:00:00Z', THREAD),
      state: 'held',
      heldAt: '2026-09-10T10:00:00Z',
      summarySentAt: '2026-09-11T09:00:00Z',
    });
    const next = booked('q2', '2026-12-10T09:00:00Z', THREAD);
    const later = booked('q3', '2027-03-10T09:00:00Z', THREAD);
    expect(conversationForMeeting([done, later, next], THREAD)?.id).toBe('q2');
    // With nothing open, the latest held one: its notes are still what the meeting is about.
    expect(conversationForMeeting([done], THREAD)?.id).toBe('q1');
  });

  it('matches sessions 2 and 3 of a three-session booking by the threads stored on the record', () => {
    const THIRD = '19:meeting_dGhpcmQtc2Vzc2lvbg==@thread.v2';
    const base = booked('s', '2026-12-10T09:00:00Z', THREAD);
    const series = record('s', {
      ...base,
      ...(base.event ? { event: { ...base.event, meetingThreads: [THREAD, OTHER, THIRD] } } : {}),
    });
    expect(conversationForMeeting([series], OTHER)?.id).toBe('s');
    expect(conversationForMeeting([series], THIRD)?.id).toBe('s');
    expect(conversationForMeeting([series], THREAD)?.id).toBe('s');
    // A record booked before the threads were kept still matches its join link's thread only.
    expect(conversationForMeeting([base], THREAD)?.id).toBe('s');
    expect(conversationForMeeting([base], OTHER)).toBeUndefined();
  });

  it('never opens a cancelled conversation in the meeting', () => {
    const cancelled = {
      ...booked('x', '2026-12-10T09:00:00Z', THREAD),
      state: 'cancelled' as const,
    };
    expect(conversationForMeeting([cancelled], THREAD)).toBeUndefined();
  });
});

describe('phaseUnderWay: the phase the side panel opens at', () => {
  it('is the last phase the notes reached, and the first before any', () => {
    expect(phaseUnderWay({ phasesReached: [] })).toBe('where-now');
    expect(phaseUnderWay({ phasesReached: ['where-now'] })).toBe('where-now');
    expect(phaseUnderWay({ phasesReached: ['where-to-go', 'where-now'] })).toBe('where-to-go');
  });
});

describe('seriesMeetingFor: a later session of a series, found in the manager’s own calendar', () => {
  const TOMAS = { id: 'r1', mail: 'tomas@contoso.test' };
  const LIAM = { id: 'r2', mail: 'liam@contoso.test' };
  const event = (over: Partial<CalendarEvent>): CalendarEvent => ({
    id: 'e2',
    title:
      'Career conversation: Priya Raman and Tomás Hernández (2 of 3: Where do you want to go?)',
    start: '2026-12-21T15:00:00Z',
    end: '2026-12-21T16:00:00Z',
    attendees: [{ email: 'Tomas@contoso.test', name: 'Tomás' }],
    organizerEmail: 'priya@contoso.test',
    joinUrl: joinUrlOf(OTHER),
    isCancelled: false,
    isRecurring: false,
    ...over,
  });

  it('names the report whose career conversation this meeting is, by the meeting’s thread', () => {
    expect(seriesMeetingFor([event({})], OTHER, [LIAM, TOMAS])).toEqual(TOMAS);
  });

  it('ignores other meetings: another thread, cancelled, not a career conversation, or with no report of theirs', () => {
    expect(seriesMeetingFor([event({})], THREAD, [TOMAS])).toBeUndefined();
    expect(seriesMeetingFor([event({ isCancelled: true })], OTHER, [TOMAS])).toBeUndefined();
    expect(
      seriesMeetingFor([event({ title: '1:1 Priya / Tomás' })], OTHER, [TOMAS]),
    ).toBeUndefined();
    expect(seriesMeetingFor([event({})], OTHER, [LIAM])).toBeUndefined();
  });
});

describe('seriesWindow: where the later sessions of the booked series lie', () => {
  it('runs from the earliest booked session to the series’ span after the latest, or is empty', () => {
    const a = booked('a', '2026-12-10T09:00:00Z', THREAD);
    const b = booked('b', '2026-12-14T09:00:00Z', OTHER);
    const window = seriesWindow([
      b,
      a,
      record('c', { state: 'held', heldAt: '2026-09-01T09:00:00Z' }),
    ]);
    expect(window?.start).toBe('2026-12-10T09:00:00Z');
    expect(window && window.end > '2027-01-10T00:00:00Z').toBe(true);
    expect(seriesWindow([])).toBeUndefined();
  });
});
