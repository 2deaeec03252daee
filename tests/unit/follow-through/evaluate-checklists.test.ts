import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_ITEM_IDS,
  evaluateChecklists,
  isEvidenceItem,
} from '../../../src/domain/follow-through';
import type { ChecklistItemState, ChecklistState } from '../../../src/domain/follow-through';
import { CHECKLIST_ITEMS } from '../../../src/domain/playbook/checklists';
import { CHECKLIST_IDS, CHECKLIST_ITEM_IDS } from '../../../src/domain';
import type {
  ChecklistItemId,
  ConversationRecord,
  DevelopmentContract,
  ReportHistory,
} from '../../../src/domain';
import {
  aBookedFull,
  aCommitment,
  aContract,
  aConversation,
  aHeldFull,
  aManagerCommitment,
  anEvent,
  aReportHistory,
  aVersion,
  at,
  ZONE,
} from '../builders';

function evaluate(
  conversation: ConversationRecord,
  options: {
    now?: string;
    history?: ReportHistory;
    contract?: DevelopmentContract;
    previous?: ConversationRecord;
  } = {},
): ChecklistState {
  const builder = aReportHistory().withConversation(conversation);
  if (options.contract !== undefined) builder.withContract(options.contract);
  return evaluateChecklists({
    history: options.history ?? builder.build(),
    conversation,
    ...(options.previous === undefined ? {} : { previous: options.previous }),
    now: at(options.now ?? '2026-03-03T12:00:00Z'),
    zone: ZONE,
  });
}

function item(state: ChecklistState, id: ChecklistItemId): ChecklistItemState {
  const found = CHECKLIST_IDS.flatMap((c) => state[c]).find((i) => i.id === id);
  if (found === undefined) throw new Error(`no item ${id}`);
  return found;
}

/** Held Tue, 3 Mar 2026 10:00–11:00 UTC (London is on GMT then). */
const held = (overrides: Partial<ConversationRecord> = {}): ConversationRecord =>
  aHeldFull('2026-03-03', { id: 'q1', ...overrides });

describe('evaluateChecklists: shape', () => {
  it('returns every item of every checklist, in the playbook order', () => {
    const state = evaluate(held());
    for (const checklist of CHECKLIST_IDS) {
      expect(state[checklist].map((i) => i.id)).toEqual([...CHECKLIST_ITEM_IDS[checklist]]);
      expect(state[checklist].every((i) => i.checklist === checklist)).toBe(true);
    }
  });

  it('treats exactly the items the playbook marks automatic as evidence items', () => {
    const automatic = Object.values(CHECKLIST_ITEMS)
      .filter((i) => i.evidence === 'automatic')
      .map((i) => i.id);
    expect([...EVIDENCE_ITEM_IDS].sort()).toEqual([...automatic].sort());
    expect(isEvidenceItem('cleared-head')).toBe(false);
    expect(isEvidenceItem('sent-summary-48h')).toBe(true);
  });

  it('never lets a manual tick stand in for missing evidence', () => {
    const everything = Object.values(CHECKLIST_ITEM_IDS).flat();
    const state = evaluate(aConversation({ id: 'bare', manualTicks: everything }));
    for (const id of EVIDENCE_ITEM_IDS) {
      expect(item(state, id)).toMatchObject({ mode: 'evidence', ticked: false, source: 'none' });
    }
  });

  it('ticks manual items only from manual ticks', () => {
    const ticked = evaluate(held({ manualTicks: ['cleared-head', 'reviewed-contract-before'] }));
    expect(item(ticked, 'cleared-head')).toMatchObject({
      mode: 'manual',
      ticked: true,
      source: 'manual',
    });
    expect(item(ticked, 'reviewed-contract-before')).toMatchObject({
      ticked: true,
      source: 'manual',
    });
    expect(item(ticked, 'thought-about-aspirations')).toMatchObject({
      ticked: false,
      source: 'none',
    });
  });
});

describe('before the conversation', () => {
  it('ticks a dedicated 60-minute booking, with the booking as evidence', () => {
    expect(item(evaluate(held()), 'booked-dedicated-60')).toEqual({
      id: 'booked-dedicated-60',
      checklist: 'before',
      mode: 'evidence',
      ticked: true,
      source: 'evidence',
      evidence: 'Booked Tue 3 Mar, 10:00–11:00 (60 min), not inside a 1:1',
    });
  });

  it('shows the booking in the manager’s zone', () => {
    const c = aBookedFull('2026-06-02T09:30:00Z', { id: 'june' });
    expect(item(evaluate(c), 'booked-dedicated-60').evidence).toBe(
      'Booked Tue 2 Jun, 10:30–11:30 (60 min), not inside a 1:1',
    );
  });

  it('does not tick a short booking or one inside a 1:1, and says why', () => {
    const short = item(evaluate(held({ event: anEvent('2026-03-03', 45) })), 'booked-dedicated-60');
    expect(short).toMatchObject({ ticked: false, source: 'none' });
    expect(short.hint).toContain('(45 min)');
    const inside = item(
      evaluate(held({ event: anEvent('2026-03-03', 90, { insideOneOnOne: true }) })),
      'booked-dedicated-60',
    );
    expect(inside).toMatchObject({ ticked: false });
    expect(inside.hint).toMatch(/1:1/);
  });

  it('does not tick when nothing is booked or the booking was cancelled', () => {
    expect(item(evaluate(aConversation()), 'booked-dedicated-60').ticked).toBe(false);
    expect(item(evaluate(held({ state: 'cancelled' })), 'booked-dedicated-60').ticked).toBe(false);
  });

  describe('reflection prompt', () => {
    const booked = (prompt?: ConversationRecord['prompt']): ConversationRecord =>
      aBookedFull('2026-03-03', { id: 'q1', ...(prompt === undefined ? {} : { prompt }) });
    const prompt = {
      channel: 'mail' as const,
      deliverAt: '2026-02-27T09:00:00Z',
      queuedAt: '2026-02-20T16:00:00Z',
    };

    it('ticks a queued prompt with its delivery time, due two days before', () => {
      const state = evaluate(booked(prompt), { now: '2026-02-21T12:00:00Z' });
      expect(item(state, 'sent-reflection-prompt')).toMatchObject({
        ticked: true,
        source: 'evidence',
        evidence: 'Reflection prompt queued by mail, to arrive Fri 27 Feb, 09:00',
        dueBy: '2026-03-01T10:00:00Z',
      });
    });

    it('says delivered once the delivery time has passed', () => {
      const state = evaluate(booked({ ...prompt, channel: 'chat' }), {
        now: '2026-02-28T12:00:00Z',
      });
      expect(item(state, 'sent-reflection-prompt').evidence).toBe(
        'Reflection prompt delivered in Teams chat Fri 27 Feb, 09:00',
      );
    });

    it('is overdue when not sent two days before', () => {
      expect(
        item(evaluate(booked(), { now: '2026-02-28T12:00:00Z' }), 'sent-reflection-prompt'),
      ).toMatchObject({
        ticked: false,
        overdue: false,
      });
      expect(
        item(evaluate(booked(), { now: '2026-03-02T12:00:00Z' }), 'sent-reflection-prompt'),
      ).toMatchObject({
        ticked: false,
        overdue: true,
        dueBy: '2026-03-01T10:00:00Z',
      });
    });

    it('does not count a prompt that arrives after the conversation starts', () => {
      const late = item(
        evaluate(booked({ ...prompt, deliverAt: '2026-03-03T10:00:00Z' })),
        'sent-reflection-prompt',
      );
      expect(late.ticked).toBe(false);
      expect(late.hint).toMatch(/after the conversation starts/);
    });
  });
});

describe('during the conversation', () => {
  it('ticks each phase from the phases reached', () => {
    const state = evaluate(held({ phasesReached: ['where-now', 'close-the-gap'] }));
    expect(item(state, 'covered-where-now')).toMatchObject({
      ticked: true,
      evidence: '“Where are you now?” marked as covered in this conversation',
    });
    expect(item(state, 'covered-where-to-go').ticked).toBe(false);
    expect(item(state, 'covered-the-gap').ticked).toBe(true);
  });

  it('needs their direction written down to tick where they want to go', () => {
    const state = evaluate(held({ aspirationRecorded: false }));
    expect(item(state, 'covered-where-to-go').ticked).toBe(false);
    expect(item(state, 'covered-where-to-go').hint).toContain('not written down');
    expect(item(evaluate(held()), 'covered-where-to-go').ticked).toBe(true);
  });

  it('ticks a contract agreed in this conversation with dated commitments from both', () => {
    const contract = aContract(
      aVersion({ conversationId: 'q1', agreedAt: '2026-03-03T10:55:00Z' }),
    );
    expect(item(evaluate(held(), { contract }), 'agreed-contract')).toMatchObject({
      ticked: true,
      evidence:
        'Version 1 agreed Tue 3 Mar, 10:55: 1 dated commitment from Alex Rivera, 1 from you',
    });
  });

  it('does not tick a contract agreed elsewhere or one-sided', () => {
    const elsewhere = aContract(aVersion({ conversationId: 'other' }));
    expect(item(evaluate(held(), { contract: elsewhere }), 'agreed-contract').ticked).toBe(false);
    const oneSided = aContract(aVersion({ conversationId: 'q1', commitments: [aCommitment()] }));
    const state = item(evaluate(held(), { contract: oneSided }), 'agreed-contract');
    expect(state.ticked).toBe(false);
    expect(state.hint).toMatch(/both of you/);
  });
});

describe('after the conversation', () => {
  describe('summary within 48 hours', () => {
    it('ticks a summary sent in time, with when', () => {
      const state = evaluate(held({ summarySentAt: '2026-03-04T09:00:00Z' }), {
        now: '2026-03-06T12:00:00Z',
      });
      expect(item(state, 'sent-summary-48h')).toMatchObject({
        ticked: true,
        dueBy: '2026-03-05T10:00:00Z',
        evidence: 'Summary sent Wed 4 Mar, 09:00, 23 hours after the conversation',
      });
    });

    it('shows the deadline while there is time, and overdue after', () => {
      expect(
        item(evaluate(held(), { now: '2026-03-05T09:59:00Z' }), 'sent-summary-48h'),
      ).toMatchObject({
        ticked: false,
        overdue: false,
        dueBy: '2026-03-05T10:00:00Z',
        hint: 'Send the written summary by Thu 5 Mar, 10:00.',
      });
      expect(
        item(evaluate(held(), { now: '2026-03-05T10:01:00Z' }), 'sent-summary-48h'),
      ).toMatchObject({
        ticked: false,
        overdue: true,
      });
    });

    it('does not tick a summary sent late', () => {
      const state = evaluate(held({ summarySentAt: '2026-03-06T10:00:00Z' }), {
        now: '2026-03-07T12:00:00Z',
      });
      expect(item(state, 'sent-summary-48h')).toMatchObject({ ticked: false, overdue: false });
    });

    it('has no deadline before the conversation is held', () => {
      const state = item(evaluate(aBookedFull('2026-03-10')), 'sent-summary-48h');
      expect(state.ticked).toBe(false);
      expect(state.dueBy).toBeUndefined();
    });
  });

  describe('own commitments in the calendar', () => {
    const scheduled = { via: 'calendar' as const, ref: 'evt-9', at: '2026-03-03T11:30:00Z' };

    it('ticks when every open commitment of the manager is scheduled', () => {
      const contract = aContract(
        aVersion({
          conversationId: 'q1',
          commitments: [
            aCommitment(),
            aManagerCommitment({ scheduled }),
            aManagerCommitment({ status: 'done' }),
          ],
        }),
      );
      expect(item(evaluate(held(), { contract }), 'own-commitments-in-calendar')).toMatchObject({
        ticked: true,
        evidence: 'Your open commitment is in your calendar or To Do',
      });
    });

    it('names what is missing and is overdue after a day', () => {
      const contract = aContract(
        aVersion({
          conversationId: 'q1',
          commitments: [
            aCommitment(),
            aManagerCommitment({ scheduled }),
            aManagerCommitment({ action: 'Raise Alex’s profile at the April all-hands' }),
          ],
        }),
      );
      const soon = item(
        evaluate(held(), { contract, now: '2026-03-03T12:00:00Z' }),
        'own-commitments-in-calendar',
      );
      expect(soon).toMatchObject({ ticked: false, overdue: false, dueBy: '2026-03-04T10:00:00Z' });
      expect(soon.hint).toContain('1 of your 2 open commitments is not in your calendar yet');
      expect(soon.hint).toContain('April all-hands');
      const late = item(
        evaluate(held(), { contract, now: '2026-03-05T12:00:00Z' }),
        'own-commitments-in-calendar',
      );
      expect(late.overdue).toBe(true);
    });

    it('reads scheduling from the version in force', () => {
      const mine = aManagerCommitment({ id: 'mine' });
      const contract = aContract(
        aVersion({ conversationId: 'q1', commitments: [aCommitment({ id: 'theirs' }), mine] }),
        aVersion({
          version: 2,
          commitments: [aCommitment({ id: 'theirs' }), { ...mine, scheduled }],
        }),
      );
      expect(item(evaluate(held(), { contract }), 'own-commitments-in-calendar').ticked).toBe(true);
    });

    it('needs a contract agreed here first', () => {
      expect(item(evaluate(held()), 'own-commitments-in-calendar')).toMatchObject({
        ticked: false,
      });
    });
  });

  describe('next conversation booked', () => {
    it('ticks a later full conversation, in the manager’s zone', () => {
      const history = aReportHistory()
        .withConversation(held())
        .withBookedFull('2026-06-02', { id: 'q2' })
        .build();
      expect(item(evaluate(held(), { history }), 'booked-next')).toMatchObject({
        ticked: true,
        evidence: 'Next career conversation booked for Tue 2 Jun, 11:00',
      });
    });

    it('ignores earlier, cancelled and non-full conversations', () => {
      const history = aReportHistory()
        .withHeldFull('2025-12-02', { id: 'q0' })
        .withConversation(held())
        .withBookedFull('2026-06-02', { id: 'cancelled', state: 'cancelled' })
        .withConversation(aConversation({ kind: 'review', event: anEvent('2026-04-07', 30) }))
        .build();
      expect(item(evaluate(held(), { history }), 'booked-next').ticked).toBe(false);
    });
  });

  describe('time-sensitive within the week', () => {
    const contractWith = (status: 'open' | 'done', due = '2026-03-09') =>
      aContract(
        aVersion({
          conversationId: 'q1',
          commitments: [aCommitment(), aManagerCommitment({ due, status })],
        }),
      );

    it('is ticked once your commitments due that week are done', () => {
      expect(
        item(
          evaluate(held(), { contract: contractWith('done') }),
          'done-time-sensitive-within-week',
        ),
      ).toMatchObject({
        ticked: true,
        dueBy: '2026-03-10T10:00:00Z',
      });
    });

    it('lists what is still open and is overdue after the week', () => {
      const state = item(
        evaluate(held(), { contract: contractWith('open'), now: '2026-03-11T09:00:00Z' }),
        'done-time-sensitive-within-week',
      );
      expect(state).toMatchObject({ ticked: false, overdue: true });
      expect(state.hint).toContain('due Mon 9 Mar');
    });

    it('is ticked when nothing of yours was due that week', () => {
      const state = item(
        evaluate(held(), { contract: contractWith('open', '2026-04-30') }),
        'done-time-sensitive-within-week',
      );
      expect(state).toMatchObject({
        ticked: true,
        evidence: 'None of your commitments was due within the week',
      });
    });
  });
});

describe('at the next conversation', () => {
  const q1 = aHeldFull('2026-03-03', { id: 'q1' });
  const theirs = aCommitment({ id: 'theirs' });
  const mineDone = aManagerCommitment({
    id: 'mine-done',
    status: 'done',
    completedAt: '2026-04-01T09:00:00Z',
  });
  const mineOpen = aManagerCommitment({ id: 'mine-open' });
  const v1 = aVersion({
    conversationId: 'q1',
    agreedAt: '2026-03-03T10:55:00Z',
    commitments: [theirs, mineDone, mineOpen],
  });
  const q2 = (overrides: Partial<ConversationRecord> = {}): ConversationRecord =>
    aHeldFull('2026-06-02', { id: 'q2', ...overrides });

  it('does not apply before there is a contract to review', () => {
    const state = evaluate(q2({ previousCommitmentsReviewedAt: '2026-06-02T10:05:00Z' }), {
      previous: q1,
    });
    for (const id of [
      'checked-own-commitments-first',
      'opened-with-whats-changed',
      'updated-contract',
    ] as const) {
      expect(item(state, id).ticked).toBe(false);
      expect(item(state, id).hint).toContain(
        'No contract was agreed after the conversation on Tue 3 Mar',
      );
    }
  });

  it('checks own commitments first, with what was and was not done', () => {
    const state = evaluate(q2({ previousCommitmentsReviewedAt: '2026-06-02T10:05:00Z' }), {
      contract: aContract(v1),
      previous: q1,
      now: '2026-06-02T12:00:00Z',
    });
    expect(item(state, 'checked-own-commitments-first')).toMatchObject({
      ticked: true,
      evidence: 'Checked your 2 commitments from version 1 first: 1 done, 1 not done',
    });
  });

  it('needs the review to have happened', () => {
    const state = evaluate(q2(), { contract: aContract(v1), previous: q1 });
    expect(item(state, 'checked-own-commitments-first').ticked).toBe(false);
  });

  it('ticks opening with what has changed', () => {
    const state = evaluate(q2({ openedWithWhatsChangedAt: '2026-06-02T10:01:00Z' }), {
      contract: aContract(v1),
    });
    expect(item(state, 'opened-with-whats-changed')).toMatchObject({
      ticked: true,
      evidence: 'Opened with “what’s changed since we last spoke?” at Tue 2 Jun, 11:01',
    });
  });

  it('ticks an update agreed in this conversation, not one agreed elsewhere', () => {
    const v2 = aVersion({
      version: 2,
      conversationId: 'q2',
      agreedAt: '2026-06-02T10:50:00Z',
      reason: 'quarterly-update',
      note: 'Q2',
    });
    expect(item(evaluate(q2(), { contract: aContract(v1, v2) }), 'updated-contract')).toMatchObject(
      {
        ticked: true,
        evidence: 'Updated from version 1 to version 2 in this conversation',
      },
    );
    const correction = { ...v2, conversationId: 'some-review' };
    expect(
      item(evaluate(q2(), { contract: aContract(v1, correction) }), 'updated-contract').ticked,
    ).toBe(false);
  });
});
