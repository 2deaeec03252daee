import { describe, expect, it } from 'vitest';
import type {
  ConversationRecord,
  CurrentContract,
} from '../../../src/adapters/career-api/career-api-client';
import { Temporal, type ConversationRecord as DomainConversation } from '../../../src/domain';
import { withTick } from '../../../src/web/features/report-page/api/save-manual-ticks';
import {
  buildReportHistory,
  commitmentRows,
  defaultChecklistConversation,
  nextSteps,
  previousFullConversation,
  versionHistory,
} from '../../../src/web/features/report-page/report-page-model';
import {
  aBookedFull,
  aCommitment,
  aConversation,
  aHeldFull,
  aManagerCommitment,
  aPerson,
  aVersion,
  MANAGER_ID,
  REPORT_ID,
} from '../builders';

const NOW = Temporal.Instant.from('2026-06-10T09:00:00Z');
const TODAY = Temporal.PlainDate.from('2026-06-10');

/** The API's shape of a record: the domain's plus its ETag. */
const api = (c: DomainConversation): ConversationRecord => ({ ...c, etag: `"${c.id}"` });

function steps(
  conversations: DomainConversation[],
  extra: { unansweredTriggers?: string[]; versions?: { conversationId?: string }[] } = {},
) {
  return nextSteps({
    conversations: conversations.map(api),
    unansweredTriggers: extra.unansweredTriggers ?? [],
    versions: extra.versions ?? [],
    now: NOW,
  });
}

describe('versionHistory: what changed, and why', () => {
  const kept = aCommitment({ id: 'kept', action: 'Run the RFC', due: '2026-05-01' });
  const mine = aManagerCommitment({ id: 'mine', action: 'Introduce them to Sipho' });
  const v1 = aVersion({
    version: 1,
    commitments: [kept],
    reviews: [],
    openQuestion: 'Staff or not',
  });
  const v2 = aVersion({
    version: 2,
    reason: 'goals-changed',
    note: 'They want product management now',
    commitments: [{ ...kept, status: 'done' }, mine],
    reviews: [],
    openQuestion: 'Staff or not',
  });

  it('lists versions newest first with the reason in words and each change from the one before', () => {
    const [second, first] = versionHistory([v1, v2]);
    expect(second?.version.version).toBe(2);
    expect(second?.reasonLabel).toBe('Goals changed');
    expect(second?.changes).toEqual([
      'Done (their): Run the RFC',
      expect.stringMatching(/^Added \(manager's\): Introduce them to Sipho by /),
    ]);
    expect(first?.reasonLabel).toBe('First version');
    expect(first?.changes).toEqual([]);
    expect(first?.previousHidden).toBe(false);
  });

  it('shows no difference across a version the manager may not see', () => {
    const v3 = aVersion({ version: 3, reason: 'quarterly-update', note: 'x' });
    const [third] = versionHistory([v3, v1]);
    expect(third?.changes).toEqual([]);
    expect(third?.previousHidden).toBe(true);
  });
});

describe('commitmentRows: one party, the most pressing first', () => {
  const commitments = [
    aManagerCommitment({ id: 'later', due: '2026-07-01' }),
    aManagerCommitment({ id: 'done', due: '2026-01-01', status: 'done' }),
    aManagerCommitment({ id: 'today', due: '2026-06-10' }),
    aManagerCommitment({ id: 'late', due: '2026-06-09' }),
    aCommitment({ id: 'theirs', due: '2026-06-01' }),
  ];

  it('marks past-due open ones overdue (due today is not yet) and puts them first', () => {
    const rows = commitmentRows(commitments, 'manager', TODAY);
    expect(rows.map((r) => [r.commitment.id, r.mark])).toEqual([
      ['late', 'overdue'],
      ['today', 'open'],
      ['later', 'open'],
      ['done', 'done'],
    ]);
    expect(rows[0]?.kindLabel).toBeTruthy();
  });

  it('keeps the parties apart', () => {
    expect(commitmentRows(commitments, 'report', TODAY).map((r) => r.commitment.id)).toEqual([
      'theirs',
    ]);
  });
});

describe('nextSteps: the step of the playbook that applies now', () => {
  it('books the quarterly series for someone with nothing yet', () => {
    expect(steps([])).toEqual([
      expect.objectContaining({ step: 'book', label: 'Book the quarterly series' }),
    ]);
  });

  it('sends the prompt, then prepares, for a booked conversation', () => {
    const booked = aBookedFull('2026-06-20');
    expect(steps([booked])[0]?.step).toBe('prompt');
    const prompted = {
      ...booked,
      prompt: {
        channel: 'mail' as const,
        deliverAt: '2026-06-17T09:00:00Z',
        queuedAt: '2026-06-10T08:00:00Z',
      },
    };
    expect(steps([prompted])[0]?.step).toBe('prepare');
  });

  it('opens the conversation once it has started', () => {
    expect(steps([aBookedFull('2026-06-10T08:30:00Z')])[0]?.step).toBe('conversation');
  });

  it('agrees the contract after a held conversation, then follows through', () => {
    const held = aHeldFull('2026-06-09', { id: 'held' });
    expect(steps([held])[0]?.step).toBe('contract');
    expect(steps([held], { versions: [{ conversationId: 'held' }] })[0]?.step).toBe('close');
    expect(steps([{ ...held, contractVersion: 2 }])[0]?.step).toBe('close');
  });

  it('books the next one once the summary is sent', () => {
    const done = aHeldFull('2026-06-01', {
      summarySentAt: '2026-06-02T09:00:00Z',
      contractVersion: 1,
    });
    expect(steps([done])[0]).toEqual(
      expect.objectContaining({ step: 'book', label: 'Book the next career conversation' }),
    );
  });

  it('adds the ad hoc conversation for open triggers nothing answers yet', () => {
    const result = steps([], { unansweredTriggers: ['Major milestone'] });
    expect(result.map((s) => s.step)).toEqual(['book', 'triggers']);
    expect(result[1]?.why).toContain('Major milestone');
  });
});

describe('the conversation the checklists are for', () => {
  const old = aHeldFull('2026-01-10', { id: 'old', summarySentAt: '2026-01-11T09:00:00Z' });
  const last = aHeldFull('2026-04-10', { id: 'last', summarySentAt: '2026-04-11T09:00:00Z' });
  const review = aConversation({
    id: 'review',
    kind: 'review',
    state: 'held',
    heldAt: '2026-05-10T10:00:00Z',
  });

  it('is the one in progress when there is one, else the latest held', () => {
    const booked = aBookedFull('2026-07-10', { id: 'booked' });
    expect(defaultChecklistConversation([old, last, review, booked].map(api))?.id).toBe('booked');
    expect(defaultChecklistConversation([old, last, review].map(api))?.id).toBe('last');
    expect(defaultChecklistConversation([review].map(api))).toBeUndefined();
  });

  it('reads "at the next conversation" against the full conversation before it', () => {
    const all = [old, last, review].map(api);
    expect(previousFullConversation(all, api(last))?.id).toBe('old');
    expect(previousFullConversation(all, api(old))).toBeUndefined();
  });
});

describe('buildReportHistory: the records as the rules read them', () => {
  const person = aPerson();
  const v1 = aVersion({ version: 1 });
  const stale = aVersion({ version: 2, reason: 'quarterly-update', note: 'x' });
  const contract: CurrentContract = {
    id: 'contract-1',
    reportId: REPORT_ID,
    managerId: MANAGER_ID,
    etag: '"c"',
    versionCount: 2,
    standing: [],
    current: {
      ...stale,
      commitments: stale.commitments.map((c) => ({ ...c, status: 'done' as const })),
    },
    health: {
      state: 'on-track',
      overdue: { manager: [], report: [] },
      open: 0,
      done: 2,
      hasDatedCommitmentsFromBoth: true,
    },
  };

  it('takes the current version from the contract read (latest done marks), earlier ones as agreed', () => {
    const history = buildReportHistory({
      report: person,
      managerId: MANAGER_ID,
      profile: null,
      triggers: [],
      conversations: [],
      contract,
      versions: [stale, v1],
    });
    expect(history.contract?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(history.contract?.versions[1]?.commitments.every((c) => c.status === 'done')).toBe(true);
    expect(history.direction).toBeUndefined();
  });

  it('has no contract when none was agreed', () => {
    const history = buildReportHistory({
      report: person,
      managerId: MANAGER_ID,
      profile: undefined,
      triggers: [],
      conversations: [],
      contract: null,
      versions: [],
    });
    expect(history.contract).toBeUndefined();
    expect(history.transitions).toEqual([]);
  });
});

describe('withTick: the manual ticks sent back in full', () => {
  it('adds once and removes, keeping the others in order', () => {
    expect(withTick(['cleared-head'], 'honest-about-commitments', true)).toEqual([
      'cleared-head',
      'honest-about-commitments',
    ]);
    expect(withTick(['cleared-head'], 'cleared-head', true)).toEqual(['cleared-head']);
    expect(withTick(['cleared-head', 'identified-opportunities'], 'cleared-head', false)).toEqual([
      'identified-opportunities',
    ]);
  });
});
