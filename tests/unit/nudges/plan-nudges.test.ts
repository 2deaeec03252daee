import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TRIGGER_IDS,
  planNudges,
  type NudgeKind,
  type NudgePlanInput,
  type PendingHistoryRequest,
  type ReportHistory,
  type SentNudge,
} from '../../../src/domain';
import {
  MANAGER_ID,
  REPORT_ID,
  aContract,
  aConversation,
  aHeldFull,
  aManagerCommitment,
  aPerson,
  aReportHistory,
  aReview,
  aVersion,
  anEvent,
  at,
  someTerms,
} from '../builders';

const PRIYA = aPerson({ id: MANAGER_ID, displayName: 'Priya Raman', timeZone: 'UTC' });

function plan(
  histories: ReportHistory[],
  now: string,
  options: Partial<Pick<NudgePlanInput, 'switchedOff' | 'sent' | 'historyRequests'>> = {},
) {
  return planNudges(
    {
      histories,
      managers: new Map([[MANAGER_ID, PRIYA]]),
      switchedOff: options.switchedOff ?? new Map(),
      sent: options.sent ?? [],
      historyRequests: options.historyRequests ?? [],
      defaultZone: 'UTC',
    },
    at(now),
  );
}

/** Held on 1 Dec at 10:00 UTC: the summary is due 3 Dec 10:00. */
const heldWithoutSummary = () =>
  aReportHistory()
    .withReport({ displayName: 'Tomás Hernández', timeZone: 'UTC' })
    .withHeldFull('2026-12-01T10:00:00Z', { id: 'q4' })
    .build();

describe('the summary due within 48 hours', () => {
  it.each([
    ['2026-12-02T09:59:00Z', []],
    ['2026-12-02T10:00:00Z', ['summaryDue:q4:24h']],
    ['2026-12-03T05:59:00Z', ['summaryDue:q4:24h']],
    ['2026-12-03T06:00:00Z', ['summaryDue:q4:4h']],
    ['2026-12-03T09:59:00Z', ['summaryDue:q4:4h']],
    ['2026-12-03T10:00:00Z', []],
  ])('at %s nudges %j', (now, keys) => {
    expect(plan([heldWithoutSummary()], now).map((n) => n.key)).toEqual(keys);
  });

  it('tells the manager how long is left and opens the close step', () => {
    const [nudge] = plan([heldWithoutSummary()], '2026-12-03T06:30:00Z');
    expect(nudge).toMatchObject({
      kind: 'summaryDue',
      recipientId: MANAGER_ID,
      parameters: { person: 'Tomás', when: 'in 4 hours' },
      screen: { screen: 'close', reportId: REPORT_ID },
      day: '2026-12-03',
    });
  });

  it('is not sent once the summary went out', () => {
    const history = aReportHistory()
      .withHeldFull('2026-12-01T10:00:00Z', { summarySentAt: '2026-12-01T12:00:00Z' })
      .build();
    expect(plan([history], '2026-12-03T06:30:00Z')).toEqual([]);
  });
});

describe('a manager commitment due tomorrow or overdue', () => {
  const withCommitment = (due: string) =>
    aReportHistory()
      .withContract(
        aContract(
          aVersion({
            ...someTerms({ commitments: [aManagerCommitment({ id: 'intro', due })] }),
          }),
        ),
      )
      .build();

  it.each([
    ['2026-12-08', 'tomorrow'],
    ['2026-12-06', 'overdue'],
    ['2026-12-07', undefined],
    ['2026-12-09', undefined],
  ])('due %s on 7 Dec: %s', (due, stage) => {
    const keys = plan([withCommitment(due)], '2026-12-07T08:00:00Z')
      .filter((n) => n.kind === 'commitmentDue')
      .map((n) => n.key.split(':').at(-1));
    expect(keys).toEqual(stage ? [stage] : []);
  });

  it('never repeats a report commitment or a done one', () => {
    const history = aReportHistory()
      .withContract(
        aContract(
          aVersion({
            ...someTerms({
              commitments: [
                aManagerCommitment({ due: '2026-12-01', status: 'done' }),
                aManagerCommitment({ due: '2026-12-01', party: 'report', kind: 'action' }),
              ],
            }),
          }),
        ),
      )
      .build();
    expect(
      plan([history], '2026-12-07T08:00:00Z').filter((n) => n.kind === 'commitmentDue'),
    ).toEqual([]);
  });
});

describe('the monthly review due', () => {
  const withReview = (month: string) =>
    aReportHistory()
      .withContract(
        aContract(
          aVersion({
            agreedAt: '2026-09-01T10:00:00Z',
            ...someTerms({ commitments: [], reviews: [aReview({ month })] }),
          }),
        ),
      )
      .build();

  it('nudges in the agreed month until a review is held', () => {
    expect(plan([withReview('2026-12')], '2026-12-07T08:00:00Z').map((n) => n.kind)).toEqual([
      'reviewDue',
    ]);
    expect(plan([withReview('2027-01')], '2026-12-07T08:00:00Z')).toEqual([]);
    const reviewed = withReview('2026-12');
    reviewed.conversations.push(aHeldFull('2026-12-02', { kind: 'review' }));
    expect(plan([reviewed], '2026-12-07T08:00:00Z').filter((n) => n.kind === 'reviewDue')).toEqual(
      [],
    );
  });
});

describe('a trigger logged without a conversation after a week', () => {
  const logged = (trigger: (typeof TRIGGER_IDS)[number] = 'major-milestone') =>
    aReportHistory()
      .withTrigger({ id: 'log-1', trigger, loggedAt: '2026-11-30T09:00:00Z' })
      .build();

  it('nudges from seven days on, not before', () => {
    expect(plan([logged()], '2026-12-07T08:59:00Z')).toEqual([]);
    expect(plan([logged()], '2026-12-07T09:00:00Z').map((n) => n.key)).toEqual([
      'triggerWaiting:log-1',
    ]);
  });

  it('is quiet once a conversation was booked or held after it', () => {
    const history = logged();
    history.conversations.push(aConversation({ kind: 'ad-hoc', event: anEvent('2026-12-09') }));
    expect(plan([history], '2026-12-08T09:00:00Z')).toEqual([]);
  });

  it('never says which trigger, whatever was logged (the leave question never becomes data)', () => {
    for (const trigger of TRIGGER_IDS) {
      const [nudge] = plan([logged(trigger)], '2026-12-08T09:00:00Z');
      const said = JSON.stringify(nudge);
      expect(said).not.toContain(trigger);
      expect(said).not.toMatch(/leav|another organisation|uncertain|engagement|promotion/i);
    }
  });
});

describe("the report's nudges", () => {
  it('the reflection prompt once delivered, before the conversation, into My development', () => {
    const history = aReportHistory()
      .withReport({ displayName: 'Tomás Hernández' })
      .withConversation(
        aConversation({
          id: 'next',
          event: anEvent('2026-12-10T15:00:00Z'),
          prompt: {
            channel: 'mail',
            deliverAt: '2026-12-07T08:00:00Z',
            queuedAt: '2026-12-01T08:00:00Z',
          },
        }),
      )
      .build();
    expect(plan([history], '2026-12-07T07:59:00Z')).toEqual([]);
    const [nudge] = plan([history], '2026-12-07T08:00:00Z');
    expect(nudge).toMatchObject({
      kind: 'reflectionPrompt',
      recipientId: REPORT_ID,
      parameters: { person: 'Priya', when: 'Thu 10 Dec' },
      screen: { screen: 'my-development' },
    });
    expect(plan([history], '2026-12-10T15:00:00Z')).toEqual([]);
  });

  it('a new contract version, for a week after it was agreed', () => {
    const history = aReportHistory()
      .withContract(
        aContract(
          aVersion({
            version: 1,
            agreedAt: '2026-12-01T10:00:00Z',
            ...someTerms({ commitments: [] }),
          }),
        ),
      )
      .build();
    expect(plan([history], '2026-12-02T10:00:00Z').map((n) => n.key)).toEqual([
      expect.stringMatching(/^contractVersion:.*:1$/),
    ]);
    expect(plan([history], '2026-12-08T10:01:00Z')).toEqual([]);
  });
});

describe('a new manager asking the report to share their earlier history', () => {
  const asked = (over: Partial<PendingHistoryRequest> = {}): PendingHistoryRequest => ({
    id: 'ask-1',
    reportId: REPORT_ID,
    managerId: MANAGER_ID,
    askedAt: '2026-12-07T09:00:00Z',
    ...over,
  });
  const quiet = () => aReportHistory().withReport({ displayName: 'Tomás Hernández' }).build();

  it('tells the report once that their manager asked, and opens My development', () => {
    const historyRequests = [asked()];
    expect(plan([quiet()], '2026-12-07T08:59:00Z', { historyRequests })).toEqual([]);
    const [nudge] = plan([quiet()], '2026-12-07T09:00:00Z', { historyRequests });
    expect(nudge).toEqual({
      kind: 'historyRequest',
      recipientId: REPORT_ID,
      key: 'historyRequest:ask-1',
      day: '2026-12-07',
      parameters: { person: 'Priya', when: 'Mon 7 Dec' },
      preview:
        'Priya asked whether you would share your earlier history with them. It is your choice: answer in My development.',
      screen: { screen: 'my-development' },
    });
    const sent: SentNudge[] = [
      {
        recipientId: REPORT_ID,
        key: 'historyRequest:ask-1',
        day: '2026-12-07',
        kind: 'historyRequest',
      },
    ];
    expect(plan([quiet()], '2026-12-08T09:00:00Z', { historyRequests, sent })).toEqual([]);
  });

  it('waits a day behind another nudge of the report, and is not news after a week', () => {
    const historyRequests = [asked()];
    const sent: SentNudge[] = [
      {
        recipientId: REPORT_ID,
        key: 'contractVersion:c:2',
        day: '2026-12-07',
        kind: 'contractVersion',
      },
    ];
    expect(plan([quiet()], '2026-12-07T10:00:00Z', { historyRequests, sent })).toEqual([]);
    expect(
      plan([quiet()], '2026-12-08T10:00:00Z', { historyRequests, sent }).map((n) => n.key),
    ).toEqual(['historyRequest:ask-1']);
    expect(plan([quiet()], '2026-12-14T09:01:00Z', { historyRequests })).toEqual([]);
  });

  it('is not sent when the report switched it off', () => {
    const switchedOff = new Map<string, readonly NudgeKind[]>([[REPORT_ID, ['historyRequest']]]);
    expect(
      plan([quiet()], '2026-12-07T10:00:00Z', { historyRequests: [asked()], switchedOff }),
    ).toEqual([]);
  });

  it('is never sent for someone who is not the report’s manager now, nor about another report', () => {
    const historyRequests = [
      asked({ id: 'earlier', managerId: 'earlier-manager' }),
      asked({ id: 'other', reportId: 'someone-else' }),
    ];
    expect(plan([quiet()], '2026-12-07T10:00:00Z', { historyRequests })).toEqual([]);
  });
});

describe('one nudge per person per day, the person’s switches, and sent once', () => {
  const busy = () => {
    const history = heldWithoutSummary();
    history.triggers.push({
      id: 'log-1',
      trigger: 'major-milestone',
      loggedAt: '2026-11-20T09:00:00Z',
    });
    return history;
  };

  it('sends the manager only the most pressing one today', () => {
    const nudges = plan([busy()], '2026-12-03T07:00:00Z');
    expect(nudges.map((n) => n.key)).toEqual(['summaryDue:q4:4h']);
  });

  it('sends nothing more the day something was sent, and the rest the next day', () => {
    const sent: SentNudge[] = [
      { recipientId: MANAGER_ID, key: 'summaryDue:q4:24h', day: '2026-12-02', kind: 'summaryDue' },
    ];
    expect(plan([busy()], '2026-12-02T20:00:00Z', { sent })).toEqual([]);
    expect(plan([busy()], '2026-12-03T07:00:00Z', { sent }).map((n) => n.key)).toEqual([
      'summaryDue:q4:4h',
    ]);
  });

  it('never sends the same occasion twice, even on another day', () => {
    const history = aReportHistory()
      .withTrigger({ id: 'log-1', trigger: 'major-milestone', loggedAt: '2026-11-20T09:00:00Z' })
      .build();
    const sent: SentNudge[] = [
      {
        recipientId: MANAGER_ID,
        key: 'triggerWaiting:log-1',
        day: '2026-11-28',
        kind: 'triggerWaiting',
      },
    ];
    expect(plan([history], '2026-12-03T07:00:00Z', { sent })).toEqual([]);
  });

  it('leaves out a kind the person switched off, and sends the next one instead', () => {
    const switchedOff = new Map<string, readonly NudgeKind[]>([[MANAGER_ID, ['summaryDue']]]);
    const history = busy();
    history.contract = aContract(
      aVersion({
        agreedAt: '2026-09-01T10:00:00Z',
        ...someTerms({ commitments: [aManagerCommitment({ due: '2026-12-01' })] }),
      }),
    );
    expect(plan([history], '2026-12-03T07:00:00Z', { switchedOff }).map((n) => n.kind)).toEqual([
      'commitmentDue',
    ]);
  });

  it('counts the day in the recipient’s own zone', () => {
    const tokyo = new Map([[MANAGER_ID, { ...PRIYA, timeZone: 'Asia/Tokyo' }]]);
    const nudges = planNudges(
      {
        histories: [busy()],
        managers: tokyo,
        switchedOff: new Map(),
        sent: [],
        historyRequests: [],
        defaultZone: 'UTC',
      },
      at('2026-12-02T20:00:00Z'),
    );
    expect(nudges[0]?.day).toBe('2026-12-03');
  });
});

describe('privacy of every nudge', () => {
  it('addresses only the report and their manager, and carries none of what anyone wrote', () => {
    const secret = fc.string({ minLength: 12, maxLength: 30 }).filter((s) => s.trim().length >= 12);
    fc.assert(
      fc.property(secret, fc.integer({ min: 0, max: 400 }), (text, hours) => {
        const history = aReportHistory()
          .withReport({ displayName: 'Tomás Hernández' })
          .withDirection(text)
          .withHeldFull('2026-11-25T10:00:00Z', { id: 'q', sharedNotes: text })
          .withTrigger({
            id: 't',
            trigger: 'approached-by-another-organisation',
            loggedAt: '2026-11-20T10:00:00Z',
          })
          .withContract(
            aContract(
              aVersion({
                agreedAt: '2026-11-25T10:00:00Z',
                note: text,
                ...someTerms({
                  openQuestion: text,
                  commitments: [aManagerCommitment({ action: text, due: '2026-11-30' })],
                  reviews: [aReview({ month: '2026-12', aspect: text })],
                }),
              }),
            ),
          )
          .build();
        const now = at('2026-11-25T10:00:00Z').add({ hours }).toString();
        const historyRequests: PendingHistoryRequest[] = [
          { id: 'a', reportId: REPORT_ID, managerId: MANAGER_ID, askedAt: '2026-11-26T10:00:00Z' },
          { id: 'b', reportId: REPORT_ID, managerId: text, askedAt: '2026-11-26T10:00:00Z' },
        ];
        for (const nudge of plan([history], now, { historyRequests })) {
          expect([MANAGER_ID, REPORT_ID]).toContain(nudge.recipientId);
          expect(JSON.stringify(nudge)).not.toContain(text);
        }
      }),
    );
  });
});
