import { describe, expect, it } from 'vitest';
import type { DataProblem } from '../../../../../src/adapters/graph/sharepoint/field-codecs';
import {
  conversationFields,
  readConversation,
} from '../../../../../src/adapters/graph/sharepoint/conversation-rows';
import type { ConversationRecord } from '../../../../../src/domain';

const FIRST = '19:meeting_Zmlyc3Q=@thread.v2';
const SECOND = '19:meeting_c2Vjb25k@thread.v2';
const JOIN_URL = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(FIRST)}/0`;

const booked: ConversationRecord = {
  id: 'c1',
  reportId: 'r1',
  managerId: 'm1',
  kind: 'full',
  state: 'booked',
  event: {
    eventId: 'e1',
    title: 'Career conversation',
    start: '2026-12-10T09:00:00Z',
    end: '2026-12-10T10:00:00Z',
    joinUrl: JOIN_URL,
    meetingThreads: [FIRST, SECOND],
  },
  rescheduleCount: 0,
  phasesReached: [],
  aspirationRecorded: false,
  sharedNotes: '',
  manualTicks: [],
};

function read(fields: Record<string, unknown>) {
  const problems: DataProblem[] = [];
  const record = readConversation({ id: '7', etag: '"1"', fields }, (p) => problems.push(p));
  return { record, problems };
}

describe('conversation rows: every session’s meeting thread', () => {
  it('stores each session’s thread and reads them back', () => {
    const fields = conversationFields(booked);
    expect(fields.meetingThreads).toBe(`${FIRST};${SECOND}`);
    expect(read(fields)).toEqual({ record: booked, problems: [] });
  });

  it('reads a record booked before the threads were kept, with its join link only', () => {
    const old: Record<string, unknown> = { ...conversationFields(booked) };
    delete old.meetingThreads;
    const { record, problems } = read(old);
    expect(problems).toEqual([]);
    expect(record?.event?.joinUrl).toBe(JOIN_URL);
    expect(record?.event).not.toHaveProperty('meetingThreads');
  });

  it('drops a stored value that is no Teams meeting thread, and reports the repair', () => {
    const { record, problems } = read({
      ...conversationFields(booked),
      meetingThreads: `${FIRST};https://evil.example/;${SECOND}`,
    });
    expect(record?.event?.meetingThreads).toEqual([FIRST, SECOND]);
    expect(problems).toMatchObject([{ field: 'meetingThreads', action: 'repaired' }]);
  });
});
