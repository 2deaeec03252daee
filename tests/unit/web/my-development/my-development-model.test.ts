import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../../../src/adapters/career-api/career-api-client';
import { Temporal, type Commitment } from '../../../../src/domain';
import {
  commitmentRows,
  firstNameOf,
  sessionsView,
} from '../../../../src/web/shared/own-development/my-development-model';

const commitment = (over: Partial<Commitment>): Commitment => ({
  id: 'c',
  party: 'report',
  kind: 'action',
  action: 'Do it',
  due: '2026-12-10',
  status: 'open',
  ...over,
});

const conversation = (over: Partial<ConversationRecord>): ConversationRecord => ({
  id: 'v',
  reportId: 'yuki',
  managerId: 'priya',
  kind: 'full',
  state: 'booked',
  rescheduleCount: 0,
  phasesReached: [],
  aspirationRecorded: false,
  sharedNotes: '',
  manualTicks: [],
  etag: 'e',
  ...over,
});

describe('commitmentRows: each party’s commitments and whether they were kept', () => {
  const today = Temporal.PlainDate.from('2026-12-08');

  it('says whether the manager kept theirs: on time, late, overdue or not due yet', () => {
    const rows = commitmentRows(
      [
        commitment({
          id: 'late',
          party: 'manager',
          due: '2026-11-01',
          status: 'done',
          completedAt: '2026-11-03T10:00:00Z',
        }),
        commitment({
          id: 'kept',
          party: 'manager',
          due: '2026-11-05',
          status: 'done',
          completedAt: '2026-11-05T23:00:00Z',
        }),
        commitment({ id: 'overdue', party: 'manager', due: '2026-12-01' }),
        commitment({ id: 'open', party: 'manager', due: '2026-12-20' }),
        commitment({
          id: 'dropped',
          party: 'manager',
          status: 'dropped',
          droppedReason: 'no longer needed',
        }),
        commitment({ id: 'theirs', party: 'report' }),
      ],
      'manager',
      today,
      'UTC',
    );
    expect(rows.map((r) => [r.commitment.id, r.kept])).toEqual([
      ['late', 'kept-late'],
      ['kept', 'kept'],
      ['overdue', 'overdue'],
      ['open', 'open'],
    ]);
  });

  it('judges “on time” on the calendar day in the reader’s zone', () => {
    const done = commitment({
      due: '2026-11-05',
      status: 'done',
      completedAt: '2026-11-06T02:00:00Z',
    });
    expect(commitmentRows([done], 'report', today, 'America/Mexico_City')[0]?.kept).toBe('kept');
    expect(commitmentRows([done], 'report', today, 'Asia/Tokyo')[0]?.kept).toBe('kept-late');
  });
});

describe('sessionsView: the next sessions, the prompt once sent, the notes shared', () => {
  const now = Temporal.Instant.from('2026-12-08T09:30:00Z');
  const event = (start: string) => ({
    eventId: 'e',
    title: 'Career conversation',
    start,
    end: start.replace('T10', 'T11'),
  });

  it('lists booked sessions still ahead, soonest first, and no past or cancelled ones', () => {
    const view = sessionsView(
      [
        conversation({ id: 'later', event: event('2027-03-01T10:00:00Z') }),
        conversation({
          id: 'next',
          event: { ...event('2026-12-11T10:00:00Z'), joinUrl: 'https://teams.example/join' },
        }),
        conversation({ id: 'past', event: event('2026-12-01T10:00:00Z') }),
        conversation({ id: 'cancelled', state: 'cancelled', event: event('2026-12-12T10:00:00Z') }),
      ],
      now,
    );
    expect(view.upcoming.map((c) => c.id)).toEqual(['next', 'later']);
  });

  it('shows a reflection prompt only once it was delivered', () => {
    const prompt = (deliverAt: string) => ({
      channel: 'mail' as const,
      deliverAt,
      queuedAt: '2026-12-01T09:00:00Z',
    });
    const view = sessionsView(
      [
        conversation({
          id: 'sent',
          event: event('2026-12-11T10:00:00Z'),
          prompt: prompt('2026-12-07T09:00:00Z'),
        }),
        conversation({
          id: 'queued',
          event: event('2026-12-20T10:00:00Z'),
          prompt: prompt('2026-12-15T09:00:00Z'),
        }),
      ],
      now,
    );
    expect(view.promptsSent.map((c) => c.id)).toEqual(['sent']);
  });

  it('lists held conversations’ shared notes, newest first, leaving out empty ones', () => {
    const view = sessionsView(
      [
        conversation({
          id: 'old',
          state: 'held',
          heldAt: '2026-01-01T10:00:00Z',
          sharedNotes: 'First.',
        }),
        conversation({
          id: 'new',
          state: 'held',
          heldAt: '2026-11-01T10:00:00Z',
          sharedNotes: 'Second.',
        }),
        conversation({
          id: 'empty',
          state: 'held',
          heldAt: '2026-11-02T10:00:00Z',
          sharedNotes: '  ',
        }),
      ],
      now,
    );
    expect(view.sharedNotes.map((c) => c.id)).toEqual(['new', 'old']);
  });
});

describe('firstNameOf', () => {
  it('takes the first word of the directory’s display name, and falls back to “your manager”', () => {
    expect(firstNameOf('Priya Raman')).toBe('Priya');
    expect(firstNameOf('  Tomás  García ')).toBe('Tomás');
    expect(firstNameOf('')).toBe('your manager');
    expect(firstNameOf(undefined)).toBe('your manager');
  });
});
