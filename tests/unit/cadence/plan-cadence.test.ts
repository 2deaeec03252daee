import { describe, expect, it } from 'vitest';
import { planCadence } from '../../../src/domain/cadence';
import type { CadencePlan, DueConversation } from '../../../src/domain/cadence';
import type { ReportHistory } from '../../../src/domain/model/conversation';
import { Temporal } from '../../../src/domain/time/temporal';
import { dateWording } from '../../../src/domain/time/wording';
import { booked, contractAgreed, conversation, held, history, trigger } from './history-builder';

const LONDON = 'Europe/London';

function plan(h: ReportHistory, now: string, zone = LONDON): CadencePlan {
  return planCadence(h, Temporal.Instant.from(now), zone);
}
const all = (p: CadencePlan): DueConversation[] => [p.next, ...p.alsoDue];

describe('the quarterly full conversation', () => {
  it('is due now when none has ever been held', () => {
    const p = plan(history(), '2027-03-01T10:00:00Z');
    expect(p.next).toEqual({
      kind: 'full',
      dueBy: '2027-03-01',
      minutes: { min: 60, max: 90 },
      reason: { code: 'first-conversation' },
      message: 'No career conversation held yet: book the first one now',
    });
    expect(p.status).toBe('due-soon');
    expect(p.alsoDue).toEqual([]);
  });

  it('is due three calendar months after the last one held', () => {
    const p = plan(
      history({ conversations: [held('full', '2027-01-10T14:00:00Z')] }),
      '2027-03-01T10:00:00Z',
    );
    expect(p.next).toMatchObject({
      kind: 'full',
      dueBy: '2027-04-10',
      reason: { code: 'quarterly', lastHeld: '2027-01-10' },
      message: 'Last full conversation was 7 weeks ago: next one due in 6 weeks',
    });
    expect(p.next.overdueSince).toBeUndefined();
    expect(p.status).toBe('on-track');
  });

  it('clamps to the end of a shorter month', () => {
    const p = plan(
      history({ conversations: [held('full', '2026-11-30T14:00:00Z')] }),
      '2027-01-10T10:00:00Z',
    );
    expect(p.next.dueBy).toBe('2027-02-28');
  });

  it('is due soon within two weeks', () => {
    const p = plan(
      history({ conversations: [held('full', '2026-12-20T14:00:00Z')] }),
      '2027-03-10T10:00:00Z',
    );
    expect(p.next).toMatchObject({
      dueBy: '2027-03-20',
      message: 'Last full conversation was 3 months ago: next one due in 10 days',
    });
    expect(p.status).toBe('due-soon');
  });

  it('is overdue, and due today, once the date has passed', () => {
    const p = plan(
      history({ conversations: [held('full', '2026-11-05T14:00:00Z')] }),
      '2027-03-01T10:00:00Z',
    );
    expect(p.status).toBe('overdue');
    expect(p.next).toMatchObject({
      dueBy: '2027-03-01',
      overdueSince: '2027-02-05',
      message: 'Last full conversation was 4 months ago: overdue by 3 weeks',
    });
  });

  it('counts only held full conversations: not cancelled ones, reviews, check-ins or ad hoc ones', () => {
    const p = plan(
      history({
        conversations: [
          held('full', '2026-11-05T14:00:00Z'),
          conversation({ kind: 'full', state: 'cancelled', heldAt: '2027-02-01T10:00:00Z' }),
          held('review', '2027-02-10T10:00:00Z'),
          held('informal', '2027-02-11T10:00:00Z'),
          held('ad-hoc', '2027-02-12T10:00:00Z'),
        ],
      }),
      '2027-03-01T10:00:00Z',
    );
    expect(p.next.reason).toEqual({ code: 'quarterly', lastHeld: '2026-11-05' });
  });

  it('falls back to the event start when a held conversation has no heldAt', () => {
    const record = booked('full', '2027-01-10T14:00:00Z');
    const p = plan(
      history({ conversations: [{ ...record, state: 'held' }] }),
      '2027-03-01T10:00:00Z',
    );
    expect(p.next.dueBy).toBe('2027-04-10');
  });
});

describe('bookings', () => {
  const lastHeld = held('full', '2026-12-20T14:00:00Z'); // due 2027-03-20

  it('a full conversation booked before the due date puts the report on track', () => {
    const booking = booked('full', '2027-03-18T10:00:00Z');
    const p = plan(history({ conversations: [lastHeld, booking] }), '2027-03-10T10:00:00Z');
    expect(p.status).toBe('on-track');
    expect(p.booked).toEqual({ conversationId: booking.id, start: '2027-03-18T10:00:00Z' });
    expect(p.next.message).toBe(
      'Last full conversation was 3 months ago: next one booked for Thu 18 Mar at 10:00',
    );
  });

  it('words the booking in the locale it is given, in the manager’s zone', () => {
    const booking = booked('full', '2027-03-18T10:00:00Z');
    const p = planCadence(
      history({ conversations: [lastHeld, booking] }),
      Temporal.Instant.from('2027-03-10T10:00:00Z'),
      'Europe/London',
      dateWording('en-US', 'America/New_York'),
    );
    expect(p.next.message).toMatch(
      /^Last full conversation was 3 months ago: next one booked for Thu, Mar 18 at 10:00\sAM$/,
    );
  });

  it('a booking after the due date does not count while it is not yet due', () => {
    const p = plan(
      history({ conversations: [lastHeld, booked('full', '2027-03-25T10:00:00Z')] }),
      '2027-03-10T10:00:00Z',
    );
    expect(p.status).toBe('due-soon');
    expect(p.booked).toBeUndefined();
  });

  it('once overdue, a booking within two weeks counts; one further out does not', () => {
    const soon = plan(
      history({ conversations: [lastHeld, booked('full', '2027-04-05T10:00:00Z')] }),
      '2027-03-25T10:00:00Z',
    );
    expect(soon.status).toBe('on-track');
    expect(soon.next.overdueSince).toBe('2027-03-20');
    const late = plan(
      history({ conversations: [lastHeld, booked('full', '2027-04-20T10:00:00Z')] }),
      '2027-03-25T10:00:00Z',
    );
    expect(late.status).toBe('overdue');
  });

  it('ignores bookings that are over, cancelled, or of another kind', () => {
    const p = plan(
      history({
        conversations: [
          lastHeld,
          booked('full', '2027-03-09T10:00:00Z'),
          { ...booked('full', '2027-03-15T10:00:00Z'), state: 'cancelled' },
          booked('review', '2027-03-15T10:00:00Z'),
        ],
      }),
      '2027-03-10T10:00:00Z',
    );
    expect(p.status).toBe('due-soon');
    expect(p.booked).toBeUndefined();
  });

  it('a conversation in progress still counts as booked', () => {
    const booking = booked('full', '2027-03-10T09:30:00Z');
    const p = plan(history({ conversations: [lastHeld, booking] }), '2027-03-10T10:00:00Z');
    expect(p.booked?.conversationId).toBe(booking.id);
  });
});

describe('the monthly contract review', () => {
  const contract = contractAgreed('2027-01-10T15:00:00Z');

  it('is due a month after the last full conversation once a contract exists', () => {
    const p = plan(
      history({ conversations: [held('full', '2027-01-10T14:00:00Z')], contract }),
      '2027-02-01T10:00:00Z',
    );
    expect(p.next).toMatchObject({
      kind: 'review',
      dueBy: '2027-02-10',
      minutes: { min: 20, max: 30 },
      reason: { code: 'monthly-review', lastReviewed: '2027-01-10' },
      message: 'Development contract last reviewed 3 weeks ago: review due in 9 days',
    });
    expect(p.alsoDue.map((d) => d.kind)).toEqual(['full']);
    expect(p.status).toBe('due-soon');
  });

  it('is due a month after the last review', () => {
    const p = plan(
      history({
        conversations: [
          held('full', '2027-01-10T14:00:00Z'),
          held('review', '2027-02-08T10:00:00Z'),
        ],
        contract,
      }),
      '2027-02-20T10:00:00Z',
    );
    expect(p.next).toMatchObject({ kind: 'review', dueBy: '2027-03-08' });
  });

  it('is not due without a contract', () => {
    const p = plan(
      history({ conversations: [held('full', '2027-01-10T14:00:00Z')] }),
      '2027-02-01T10:00:00Z',
    );
    expect(all(p).map((d) => d.kind)).toEqual(['full']);
  });

  it('is left out when the full conversation comes first, since that updates the contract', () => {
    const p = plan(
      history({
        conversations: [
          held('full', '2026-12-15T14:00:00Z'),
          held('review', '2027-03-01T10:00:00Z'),
        ],
        contract,
      }),
      '2027-03-05T10:00:00Z',
    );
    expect(all(p).map((d) => d.kind)).toEqual(['full']);
  });

  it('counts a contract version agreed outside a conversation as a review', () => {
    const p = plan(
      history({
        conversations: [held('full', '2027-01-10T14:00:00Z')],
        contract: contractAgreed('2027-01-25T10:00:00Z'),
      }),
      '2027-02-01T10:00:00Z',
    );
    expect(p.next).toMatchObject({ kind: 'review', dueBy: '2027-02-25' });
  });

  it('is taken care of by a booked full conversation', () => {
    const booking = booked('full', '2027-02-09T10:00:00Z');
    const p = plan(
      history({ conversations: [held('full', '2027-01-10T14:00:00Z'), booking], contract }),
      '2027-02-01T10:00:00Z',
    );
    expect(p.status).toBe('on-track');
    expect(all(p).find((d) => d.kind === 'review')?.booked?.conversationId).toBe(booking.id);
  });
});

describe('transition points', () => {
  const last = held('full', '2027-01-10T14:00:00Z');

  it('bring the full conversation within two weeks of a flag raised since the last one', () => {
    const p = plan(
      history({
        conversations: [last],
        transitions: [{ transition: 'promotion-decision', since: '2027-02-01' }],
      }),
      '2027-02-01T09:00:00Z',
    );
    expect(p.next).toMatchObject({
      kind: 'full',
      dueBy: '2027-02-15',
      reason: {
        code: 'transition',
        transition: 'promotion-decision',
        since: '2027-02-01',
        lastHeld: '2027-01-10',
      },
      message: 'Promotion decision pending: conversation due in 2 weeks',
    });
    expect(p.alsoDue).toEqual([]);
  });

  it('shorten the interval to six weeks for a flag already known at the last conversation', () => {
    const p = plan(
      history({
        conversations: [last],
        transitions: [{ transition: 'returning-from-leave', since: '2027-01-01' }],
      }),
      '2027-02-01T09:00:00Z',
    );
    expect(p.next).toMatchObject({
      dueBy: '2027-02-21',
      reason: { code: 'transition', transition: 'returning-from-leave' },
    });
  });

  it('never push the date later than six weeks after the last conversation', () => {
    const p = plan(
      history({
        conversations: [last],
        transitions: [{ transition: 'expressed-uncertainty', since: '2027-02-18' }],
      }),
      '2027-02-18T09:00:00Z',
    );
    expect(p.next.dueBy).toBe('2027-02-21');
    expect(p.next.message).toBe(
      'Expressed uncertainty about direction: conversation due in 3 days',
    );
  });
});

describe('triggers', () => {
  it('an open trigger calls for an ad hoc conversation within a week', () => {
    const log = trigger('drop-in-engagement', '2027-03-01T10:00:00Z');
    const p = plan(
      history({ conversations: [held('full', '2027-02-15T10:00:00Z')], triggers: [log] }),
      '2027-03-01T12:00:00Z',
    );
    expect(p.next).toEqual({
      kind: 'ad-hoc',
      dueBy: '2027-03-08',
      minutes: { min: 45, max: 60 },
      reason: {
        code: 'trigger',
        trigger: 'drop-in-engagement',
        triggerLogId: log.id,
        loggedAt: '2027-03-01T10:00:00Z',
      },
      message: 'Drop in engagement: ad hoc conversation due in 7 days',
    });
    expect(p.status).toBe('due-soon');
  });

  it('a closed trigger calls for nothing', () => {
    const log = trigger('major-milestone', '2027-03-01T10:00:00Z', '2027-03-03T10:00:00Z');
    const p = plan(
      history({ conversations: [held('full', '2027-02-15T10:00:00Z')], triggers: [log] }),
      '2027-03-05T12:00:00Z',
    );
    expect(all(p).map((d) => d.kind)).toEqual(['full']);
  });

  it('is overdue a week after being logged, and taken care of by a booked ad hoc or full conversation', () => {
    const triggers = [trigger('role-or-team-changed', '2027-03-01T10:00:00Z')];
    const base = [held('full', '2027-02-15T10:00:00Z')];
    expect(plan(history({ conversations: base, triggers }), '2027-03-10T12:00:00Z').status).toBe(
      'overdue',
    );
    for (const kind of ['ad-hoc', 'full'] as const) {
      const p = plan(
        history({ conversations: [...base, booked(kind, '2027-03-12T10:00:00Z')], triggers }),
        '2027-03-10T12:00:00Z',
      );
      expect(p.status).toBe('on-track');
    }
  });
});

describe('a leaving signal', () => {
  const base = [held('full', '2027-02-15T10:00:00Z')];

  it.each(['approached-by-another-organisation', 'uncertain-this-is-the-right-place'] as const)(
    '%s makes a conversation due today, ahead of everything else',
    (id) => {
      const log = trigger(id, '2027-03-01T09:00:00Z');
      const p = plan(
        history({
          conversations: [held('full', '2026-11-01T10:00:00Z')],
          triggers: [trigger('major-milestone', '2027-02-27T09:00:00Z'), log],
        }),
        '2027-03-01T12:00:00Z',
      );
      expect(p.next).toMatchObject({
        kind: 'ad-hoc',
        dueBy: '2027-03-01',
        reason: { code: 'leaving-signal', trigger: id, triggerLogId: log.id },
      });
      expect(p.next.overdueSince).toBeUndefined();
      expect(p.alsoDue.map((d) => d.reason.code)).toEqual(['quarterly', 'trigger']);
    },
  );

  it('says to talk now', () => {
    const p = plan(
      history({
        conversations: base,
        triggers: [trigger('approached-by-another-organisation', '2027-03-01T09:00:00Z')],
      }),
      '2027-03-01T12:00:00Z',
    );
    expect(p.next.message).toBe(
      'Approached by another organisation: talk now, before the decision crystallises',
    );
  });

  it('stays due today, and is overdue, days after being logged', () => {
    const p = plan(
      history({
        conversations: base,
        triggers: [trigger('uncertain-this-is-the-right-place', '2027-03-01T09:00:00Z')],
      }),
      '2027-03-04T12:00:00Z',
    );
    expect(p.next).toMatchObject({ dueBy: '2027-03-04', overdueSince: '2027-03-01' });
    expect(p.status).toBe('overdue');
  });

  it('is taken care of only by a conversation today or tomorrow', () => {
    const triggers = [trigger('approached-by-another-organisation', '2027-03-01T09:00:00Z')];
    const tomorrow = plan(
      history({ conversations: [...base, booked('ad-hoc', '2027-03-02T15:00:00Z')], triggers }),
      '2027-03-01T12:00:00Z',
    );
    expect(tomorrow.status).toBe('on-track');
    const signal = all(tomorrow).find((d) => d.reason.code === 'leaving-signal');
    expect(signal?.message).toBe(
      'Approached by another organisation: conversation booked for Tue 2 Mar at 15:00',
    );
    const later = plan(
      history({ conversations: [...base, booked('ad-hoc', '2027-03-04T15:00:00Z')], triggers }),
      '2027-03-01T12:00:00Z',
    );
    expect(later.status).toBe('due-soon');
    expect(later.next.booked).toBeUndefined();
  });
});

describe('dates are read in the manager zone', () => {
  it('places a held conversation on its local date', () => {
    // 23:30 UTC on 10 January is already 11 January in Sydney.
    const h = history({ conversations: [held('full', '2027-01-10T23:30:00Z')] });
    expect(plan(h, '2027-02-01T00:00:00Z', LONDON).next.dueBy).toBe('2027-04-10');
    expect(plan(h, '2027-02-01T00:00:00Z', 'Australia/Sydney').next.dueBy).toBe('2027-04-11');
    // 03:00 UTC on 11 January is still 10 January in New York.
    const ny = history({ conversations: [held('full', '2027-01-11T03:00:00Z')] });
    expect(plan(ny, '2027-02-01T12:00:00Z', 'America/New_York').next.dueBy).toBe('2027-04-10');
  });

  it('reads today in the zone: the same instant is due today in Sydney and tomorrow in London', () => {
    const h = history({ conversations: [held('full', '2027-01-11T02:00:00Z')] });
    // 2027-04-10T14:00Z is 00:00 on 11 April in Sydney (AEST, after the change on 4 April).
    expect(plan(h, '2027-04-10T14:00:00Z', 'Australia/Sydney').next.message).toBe(
      'Last full conversation was 3 months ago: next one due today',
    );
    expect(plan(h, '2027-04-10T14:00:00Z', LONDON).next.message).toBe(
      'Last full conversation was 3 months ago: next one due tomorrow',
    );
  });

  it('keeps local dates across a DST change', () => {
    // 23:30 UTC on 28 March 2027 is 00:30 BST on the 29th in London, 19:30 EDT on the 28th in New York.
    const h = history({
      conversations: [held('full', '2027-03-01T12:00:00Z')],
      triggers: [trigger('major-milestone', '2027-03-28T23:30:00Z')],
    });
    const adHoc = (zone: string): string | undefined =>
      all(plan(h, '2027-03-29T08:00:00Z', zone)).find((d) => d.kind === 'ad-hoc')?.dueBy;
    expect(adHoc(LONDON)).toBe('2027-04-05');
    expect(adHoc('America/New_York')).toBe('2027-04-04');
  });
});

describe('ordering', () => {
  it('puts unbooked conversations before booked ones, then the earliest', () => {
    const booking = booked('ad-hoc', '2027-03-03T10:00:00Z');
    const p = plan(
      history({
        conversations: [held('full', '2026-12-20T10:00:00Z'), booking],
        triggers: [trigger('major-milestone', '2027-03-01T09:00:00Z')],
      }),
      '2027-03-01T12:00:00Z',
    );
    expect(p.next.reason.code).toBe('quarterly');
    expect(p.alsoDue[0]?.booked?.conversationId).toBe(booking.id);
    expect(p.booked).toBeUndefined();
  });

  it('reports the worst status even when the most pressing item is not overdue', () => {
    const p = plan(
      history({
        conversations: [held('full', '2026-11-01T10:00:00Z')],
        triggers: [trigger('approached-by-another-organisation', '2027-03-01T09:00:00Z')],
      }),
      '2027-03-01T12:00:00Z',
    );
    expect(p.next.reason.code).toBe('leaving-signal');
    expect(p.status).toBe('overdue');
  });
});
