import { describe, expect, it } from 'vitest';
import type {
  ContractVersionOf,
  ConversationRecord,
  CurrentContract,
} from '../../../../src/adapters/career-api/career-api-client';
import { fixedClock, Temporal } from '../../../../src/domain';
import type { ConversationRecord as DomainRecord } from '../../../../src/domain';
import { heldAtFor } from '../../../../src/web/features/close-follow-through/api/mark-conversation-held';
import {
  afterChecklist,
  conversationToClose,
  summaryCountdown,
  toDevelopmentContract,
  toHistory,
} from '../../../../src/web/shared/follow-through-state';
import {
  aBookedFull,
  aConversation,
  aHeldFull,
  aManagerCommitment,
  aPerson,
  aVersion,
  MANAGER_ID,
  REPORT_ID,
  ZONE,
} from '../../builders';

const withEtag = (record: DomainRecord): ConversationRecord => ({ ...record, etag: '"1"' });
const NOW = Temporal.Instant.from('2026-03-04T09:00:00Z');

function currentContract(version: ReturnType<typeof aVersion>): CurrentContract {
  return {
    id: 'contract-1',
    reportId: REPORT_ID,
    managerId: MANAGER_ID,
    etag: '"7"',
    versionCount: version.version,
    current: version,
    standing: [],
    health: {
      state: 'on-track',
      overdue: { manager: [], report: [] },
      open: 2,
      done: 0,
      hasDatedCommitmentsFromBoth: true,
    },
  };
}

describe('conversationToClose: the conversation this step follows through', () => {
  it('is the latest held full conversation, not the next one already booked', () => {
    const held = aHeldFull('2026-03-03', { id: 'held', summarySentAt: '2026-03-03T15:00:00Z' });
    const next = aBookedFull('2026-06-02', { id: 'next' });
    const picked = conversationToClose([held, next].map(withEtag), new Set(), NOW);
    expect(picked?.id).toBe('held');
  });

  it('prefers a newer held one over an old one whose summary never went', () => {
    const old = aHeldFull('2025-07-01', { id: 'old' });
    const recent = aHeldFull('2026-03-03', { id: 'recent' });
    expect(conversationToClose([old, recent].map(withEtag), new Set(), NOW)?.id).toBe('recent');
  });

  it('takes a booked one once a contract was agreed in it, even before it is marked held', () => {
    const booked = aBookedFull('2026-03-10', { id: 'booked' });
    expect(conversationToClose([withEtag(booked)], new Set(['booked']), NOW)?.id).toBe('booked');
    expect(conversationToClose([withEtag(booked)], new Set(), NOW)).toBeUndefined();
  });

  it('takes a booked one whose time has come, and never a cancelled one or another kind', () => {
    const started = aBookedFull('2026-03-04T08:00:00Z', { id: 'started' });
    const cancelled = aConversation({ id: 'x', state: 'cancelled', kind: 'full' });
    const review = aHeldFull('2026-03-03', { id: 'review', kind: 'review' });
    const picked = conversationToClose([started, cancelled, review].map(withEtag), new Set(), NOW);
    expect(picked?.id).toBe('started');
  });
});

describe('toDevelopmentContract', () => {
  it('puts the earlier versions in order before the current one as last read', () => {
    const v1 = { ...aVersion({ version: 1 }), reportId: REPORT_ID } satisfies ContractVersionOf;
    const v2 = { ...aVersion({ version: 2 }), reportId: REPORT_ID } satisfies ContractVersionOf;
    const current = aVersion({ version: 3, reason: 'quarterly-update', note: 'q' });
    const contract = toDevelopmentContract(currentContract(current), [v2, undefined, v1]);
    expect(contract.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(contract.versions[2]).toBe(current);
  });
});

describe('the after-checklist, ticked from the records', () => {
  const mine = aManagerCommitment({ id: 'm1', due: '2026-03-20' });
  const version = aVersion({
    conversationId: 'held',
    commitments: [...aVersion().commitments.filter((c) => c.party === 'report'), mine],
  });
  const held = aHeldFull('2026-03-03', { id: 'held' });
  const history = (conversation: DomainRecord, scheduled = false) =>
    toHistory({
      report: aPerson(),
      managerId: MANAGER_ID,
      conversations: [withEtag(conversation)],
      contract: toDevelopmentContract(
        currentContract({
          ...version,
          commitments: version.commitments.map((c) =>
            c.id === 'm1' && scheduled
              ? { ...c, scheduled: { via: 'todo', ref: 't1', at: '2026-03-03T12:00:00Z' } }
              : c,
          ),
        }),
        [],
      ),
    });

  it('shows the summary due, then sent within 48 hours, with the evidence', () => {
    const before = afterChecklist(history(held), withEtag(held), NOW, ZONE);
    const summary = before.find((i) => i.id === 'sent-summary-48h');
    expect(summary).toMatchObject({ ticked: false, dueBy: '2026-03-05T10:00:00Z' });

    const sent = { ...held, summarySentAt: '2026-03-03T16:00:00Z' };
    const after = afterChecklist(history(sent), withEtag(sent), NOW, ZONE);
    expect(after.find((i) => i.id === 'sent-summary-48h')).toMatchObject({
      ticked: true,
      evidence: expect.stringContaining('6 hours after the conversation') as string,
    });
  });

  it('ticks “in my calendar” once every open commitment of the manager is scheduled', () => {
    const item = (scheduled: boolean) =>
      afterChecklist(history(held, scheduled), withEtag(held), NOW, ZONE).find(
        (i) => i.id === 'own-commitments-in-calendar',
      )?.ticked;
    expect(item(false)).toBe(false);
    expect(item(true)).toBe(true);
  });
});

describe('summaryCountdown: the 48 hours in words', () => {
  it('counts down in hours, then minutes, and says plainly when it is overdue', () => {
    expect(summaryCountdown('2026-03-05T16:00:00Z', NOW)).toBe('due in 31 h');
    // Read a moment before the conversation was marked held, the full window is still hours.
    expect(summaryCountdown('2026-03-06T09:00:30Z', NOW)).toBe('due in 48 h');
    expect(summaryCountdown('2026-03-07T09:00:00Z', NOW)).toBe('due in 3 days');
    expect(summaryCountdown('2026-03-04T09:25:00Z', NOW)).toBe('due in 25 min');
    expect(summaryCountdown('2026-03-04T04:00:00Z', NOW)).toBe('overdue by 5 h');
    expect(summaryCountdown('2026-02-20T09:00:00Z', NOW)).toBe('overdue by 12 days');
  });
});

describe('heldAtFor: when a conversation marked held took place', () => {
  it('is the booked end once it has passed, otherwise now', () => {
    const past = withEtag(aBookedFull('2026-03-03'));
    expect(heldAtFor(past, fixedClock('2026-03-04T09:00:00Z'))).toBe('2026-03-03T11:00:00Z');
    const future = withEtag(aBookedFull('2026-03-10'));
    expect(heldAtFor(future, fixedClock('2026-03-04T09:00:00Z'))).toBe('2026-03-04T09:00:00Z');
  });
});
