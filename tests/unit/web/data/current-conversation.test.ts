import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../../../src/adapters/career-api/career-api-client';
import {
  currentConversation,
  lastHeldConversation,
} from '../../../../src/web/data/current-conversation';

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

const event = (start: string) => ({
  eventId: `e-${start}`,
  title: 'Career conversation',
  start,
  end: start.replace('T09', 'T10'),
});

describe('currentConversation: the one the journey is about', () => {
  it('is undefined when nothing is open: time to book', () => {
    expect(currentConversation([])).toBeUndefined();
    const done = record('a', { state: 'held', heldAt: '2026-01-10T09:00:00Z', summarySentAt: 'x' });
    const cancelled = record('b', { state: 'cancelled', event: event('2026-12-10T09:00:00Z') });
    expect(currentConversation([done, cancelled])).toBeUndefined();
  });

  it('keeps a held conversation current while its series’ next quarter is on record', () => {
    const series = { ...event('2026-03-03T09:00:00Z'), seriesId: 's1' };
    const held = record('a', { state: 'held', heldAt: series.start, event: series });
    const next = record('b', { event: { ...event('2026-06-02T09:00:00Z'), seriesId: 's1' } });
    expect(currentConversation([held, next])?.id).toBe('a');
    const sent = { ...held, summarySentAt: '2026-03-04T09:00:00Z' };
    expect(currentConversation([sent, next])?.id).toBe('b');
  });

  it('keeps a held conversation current until its summary is sent', () => {
    const held = record('a', { state: 'held', heldAt: '2026-11-10T09:00:00Z' });
    expect(currentConversation([held])?.id).toBe('a');
  });

  it('takes the latest open quarterly conversation and ignores other kinds', () => {
    const older = record('a', { event: event('2026-09-01T09:00:00Z') });
    const newer = record('b', { event: event('2026-12-01T09:00:00Z') });
    const review = record('c', { kind: 'review', event: event('2027-01-01T09:00:00Z') });
    expect(currentConversation([newer, review, older])?.id).toBe('b');
    expect(currentConversation([newer, review, older], 'review')?.id).toBe('c');
  });
});

describe('lastHeldConversation', () => {
  it('is the most recent held one of any kind', () => {
    const a = record('a', { state: 'held', heldAt: '2026-01-10T09:00:00Z' });
    const b = record('b', { kind: 'review', state: 'held', heldAt: '2026-03-10T09:00:00Z' });
    const c = record('c', { event: event('2026-12-10T09:00:00Z') });
    expect(lastHeldConversation([a, b, c])?.id).toBe('b');
    expect(lastHeldConversation([c])).toBeUndefined();
  });
});
