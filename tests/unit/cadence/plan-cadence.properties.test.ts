import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAVING_SIGNAL_TRIGGERS, planCadence } from '../../../src/domain/cadence';
import type { ReportHistory } from '../../../src/domain/model/conversation';
import { CONVERSATION_KINDS, TRANSITION_IDS, TRIGGER_IDS } from '../../../src/domain/playbook/ids';
import { Temporal } from '../../../src/domain/time/temporal';
import { contractAgreed, conversation, history } from './history-builder';

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney'] as const;
const BASE = Temporal.Instant.from('2027-01-01T00:00:00Z');
const DAY_MINUTES = 24 * 60;

/** An instant `offset` minutes from now (negative: in the past). */
const around = (now: Temporal.Instant, offset: number): string =>
  now.add({ minutes: offset }).toString();

const scenarioArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  nowOffset: fc.integer({ min: 0, max: 365 * DAY_MINUTES }),
  conversations: fc.array(
    fc.record({
      kind: fc.constantFrom(...CONVERSATION_KINDS),
      state: fc.constantFrom('booked' as const, 'held' as const, 'cancelled' as const),
      offset: fc.integer({ min: -400 * DAY_MINUTES, max: 120 * DAY_MINUTES }),
    }),
    { maxLength: 12 },
  ),
  triggers: fc.array(
    fc.record({
      trigger: fc.constantFrom(...TRIGGER_IDS),
      offset: fc.integer({ min: -90 * DAY_MINUTES, max: 0 }),
      closed: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  transitions: fc.array(
    fc.record({
      transition: fc.constantFrom(...TRANSITION_IDS),
      offsetDays: fc.integer({ min: -200, max: 10 }),
    }),
    { maxLength: 3 },
  ),
  contractOffset: fc.option(fc.integer({ min: -300 * DAY_MINUTES, max: 0 })),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): { h: ReportHistory; now: Temporal.Instant } {
  const now = BASE.add({ minutes: s.nowOffset });
  const h = history({
    conversations: s.conversations.map((c) => {
      const start = around(now, c.offset);
      const event = { eventId: 'e', title: 't', start, end: around(now, c.offset + 60) };
      return conversation({
        kind: c.kind,
        state: c.state,
        event,
        ...(c.state === 'held' ? { heldAt: start } : {}),
      });
    }),
    triggers: s.triggers.map((t, i) => ({
      id: `t${i}`,
      trigger: t.trigger,
      loggedAt: around(now, t.offset),
      ...(t.closed ? { closedAt: around(now, 0) } : {}),
    })),
    transitions: s.transitions.map((t) => ({
      transition: t.transition,
      since: now.toZonedDateTimeISO(s.zone).toPlainDate().add({ days: t.offsetDays }).toString(),
    })),
    ...(s.contractOffset !== null
      ? { contract: contractAgreed(around(now, s.contractOffset)) }
      : {}),
  });
  return { h, now };
}

describe('planCadence properties', () => {
  it('never returns a due date before today, and always includes the full conversation', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { h, now } = build(s);
        const today = now.toZonedDateTimeISO(s.zone).toPlainDate();
        const plan = planCadence(h, now, s.zone);
        const due = [plan.next, ...plan.alsoDue];
        for (const d of due) {
          expect(Temporal.PlainDate.compare(d.dueBy, today)).toBeGreaterThanOrEqual(0);
          expect(d.message.length).toBeGreaterThan(0);
          if (d.overdueSince !== undefined) {
            expect(Temporal.PlainDate.compare(d.overdueSince, today)).toBeLessThan(0);
          }
        }
        expect(due.filter((d) => d.kind === 'full')).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('an open leaving signal always makes a conversation due today', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...LEAVING_SIGNAL_TRIGGERS), (s, signal) => {
        const withSignal = {
          ...s,
          triggers: [...s.triggers, { trigger: signal, offset: -3 * DAY_MINUTES, closed: false }],
        };
        const { h, now } = build(withSignal);
        const today = now.toZonedDateTimeISO(s.zone).toPlainDate().toString();
        const plan = planCadence(h, now, s.zone);
        const signals = [plan.next, ...plan.alsoDue].filter(
          (d) => d.reason.code === 'leaving-signal',
        );
        expect(signals.length).toBeGreaterThan(0);
        for (const d of signals) expect(d.dueBy).toBe(today);
        // While the signal is not yet booked, nothing comes before it.
        if (signals.some((d) => !d.booked)) {
          expect(plan.next.booked).toBeUndefined();
          expect(plan.next.dueBy).toBe(today);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('status is the worst of the conversations not booked in time, and next is the most pressing', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { h, now } = build(s);
        const today = now.toZonedDateTimeISO(s.zone).toPlainDate();
        const plan = planCadence(h, now, s.zone);
        const open = [plan.next, ...plan.alsoDue].filter((d) => !d.booked);
        const expected = open.some((d) => d.overdueSince)
          ? 'overdue'
          : open.some((d) => Temporal.PlainDate.compare(d.dueBy, today.add({ days: 14 })) <= 0)
            ? 'due-soon'
            : 'on-track';
        expect(plan.status).toBe(expected);
        expect(plan.booked).toEqual(plan.next.booked);
        for (const other of plan.alsoDue) {
          if (!plan.next.booked && !other.booked) {
            expect(Temporal.PlainDate.compare(plan.next.dueBy, other.dueBy)).toBeLessThanOrEqual(0);
          }
          if (plan.next.booked) expect(other.booked).toBeDefined();
        }
        for (const d of [plan.next, ...plan.alsoDue]) {
          if (d.booked) {
            expect(
              Temporal.Instant.compare(d.booked.start, now.subtract({ minutes: 60 })),
            ).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
