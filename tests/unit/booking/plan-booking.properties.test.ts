import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBooking } from '../../../src/domain/booking';
import type { BookingInput, BusyInterval } from '../../../src/domain/booking';
import { Temporal } from '../../../src/domain/time/temporal';

// Spring 2027 holds the DST changes of all three zones (NY 14 Mar, London 28 Mar, Sydney 4 Apr).
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney'] as const;
const BASE = Temporal.Instant.from('2027-02-20T00:00:00Z');
const MINUTE_MS = 60_000;

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const inputArb: fc.Arbitrary<BookingInput> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    nowOffsetMinutes: fc.integer({ min: 0, max: 60 * 24 * 50 }),
    startMinutes: fc.integer({ min: 6 * 60, max: 11 * 60 }),
    lengthMinutes: fc.integer({ min: 2 * 60, max: 10 * 60 }),
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    format: fc.constantFrom('series-of-three' as const, 'single-90' as const),
    busy: fc.array(
      fc.record({
        offsetMinutes: fc.integer({ min: -60 * 24, max: 60 * 24 * 30 }),
        lengthMinutes: fc.integer({ min: 0, max: 6 * 60 }),
        kind: fc.constantFrom('busy' as const, 'one-on-one' as const),
      }),
      { maxLength: 40 },
    ),
    maxProposals: fc.integer({ min: 1, max: 5 }),
  })
  .map((r) => {
    const now = BASE.add({ minutes: r.nowOffsetMinutes });
    const busy: BusyInterval[] = r.busy.map((b) => {
      const start = now.add({ minutes: b.offsetMinutes });
      return {
        start: start.toString(),
        end: start.add({ minutes: b.lengthMinutes }).toString(),
        kind: b.kind,
      };
    });
    return {
      now,
      zone: r.zone,
      workingHours: {
        start: hhmm(r.startMinutes),
        end: hhmm(Math.min(r.startMinutes + r.lengthMinutes, 23 * 60 + 59)),
        days: r.days,
      },
      busy,
      format: r.format,
      maxProposals: r.maxProposals,
    };
  });

const ms = (iso: string): number => Temporal.Instant.from(iso).epochMilliseconds;

describe('planBooking properties', () => {
  it('only proposes free, future, working-hours slots on quarter hours, a week or two apart', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planBooking(input);
        if (!plan.ok) {
          expect(plan.errors.map((e) => e.code)).toEqual(
            expect.arrayContaining([
              expect.stringMatching(/^(no-free-slot|working-day-too-short)$/),
            ]),
          );
          return;
        }
        const expectedMinutes = input.format === 'single-90' ? 90 : 60;
        expect(plan.proposals.length).toBeGreaterThan(0);
        expect(plan.proposals.length).toBeLessThanOrEqual(input.maxProposals ?? 3);
        for (const proposal of plan.proposals) {
          expect(proposal.sessions).toHaveLength(input.format === 'single-90' ? 1 : 3);
          const dates: Temporal.PlainDate[] = [];
          for (const session of proposal.sessions) {
            const start = ms(session.start);
            const end = ms(session.end);
            expect(end - start).toBe(expectedMinutes * MINUTE_MS);
            expect(start).toBeGreaterThanOrEqual(input.now.epochMilliseconds);
            for (const block of input.busy) {
              const buffer = block.kind === 'one-on-one' ? 30 * MINUTE_MS : 0;
              const clear = end <= ms(block.start) - buffer || start >= ms(block.end) + buffer;
              expect(clear).toBe(true);
            }
            const localStart = Temporal.Instant.from(session.start).toZonedDateTimeISO(input.zone);
            const localEnd = Temporal.Instant.from(session.end).toZonedDateTimeISO(input.zone);
            expect(localStart.minute % 15).toBe(0);
            expect(input.workingHours.days).toContain(localStart.dayOfWeek);
            expect(localStart.toPlainDate().equals(localEnd.toPlainDate())).toBe(true);
            const startTime = localStart.toPlainTime().toString({ smallestUnit: 'minute' });
            const endTime = localEnd.toPlainTime().toString({ smallestUnit: 'minute' });
            expect(startTime >= input.workingHours.start).toBe(true);
            expect(endTime <= input.workingHours.end).toBe(true);
            dates.push(localStart.toPlainDate());
          }
          for (let i = 1; i < dates.length; i += 1) {
            const gap = dates[i - 1]?.until(dates[i] ?? Temporal.PlainDate.from('1970-01-01')).days;
            expect(gap).toBeGreaterThanOrEqual(7);
            expect(gap).toBeLessThanOrEqual(14);
          }
          const prompt = ms(proposal.promptDeliverAt);
          expect(prompt).toBeGreaterThanOrEqual(input.now.epochMilliseconds);
          expect(prompt).toBeLessThanOrEqual(ms(proposal.sessions[0]?.start ?? ''));
        }
      }),
      { numRuns: 150 },
    );
  });
});
