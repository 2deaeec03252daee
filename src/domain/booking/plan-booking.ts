import { PHASE_IDS } from '../playbook/ids';
import type { DomainError } from '../result';
import { Temporal } from '../time/temporal';
import { toIsoInstant } from '../time/values';
import type { BookingContext } from './booking-input';
import { parseBookingInput } from './booking-input';
import { ONE_ON_ONE_BUFFER_MINUTES } from './booking-rules';
import type { BookingInput, BookingPlan, Proposal, ProposedSession } from './booking-types';
import type { Series, Slot } from './find-series';
import { createSeriesFinder, findFreeSlots } from './find-series';
import { planPromptDeliveryWith } from './plan-prompt-delivery';
import { quarterlyRecurrenceFor } from './quarterly-recurrence';
import { explainSkippedDays } from './skipped-days';

interface Candidate {
  series: Series;
  anchor: Slot;
  promptOnTime: boolean;
}

const sessionCount = (ctx: BookingContext): number =>
  ctx.format === 'series-of-three' ? PHASE_IDS.length : 1;

function rank(a: Candidate, b: Candidate): number {
  return (
    Number(!a.promptOnTime) - Number(!b.promptOnTime) ||
    a.series.offTime - b.series.offTime ||
    a.series.irregular - b.series.irregular ||
    a.anchor.startMs - b.anchor.startMs
  );
}

/** Alternatives worth choosing between: different days first, then other times on a day. */
function pickDistinct(ranked: readonly Candidate[], max: number): Candidate[] {
  const picked: Candidate[] = [];
  const days = new Set<number>();
  for (const candidate of ranked) {
    if (picked.length >= max) return picked;
    if (days.has(candidate.anchor.day)) continue;
    days.add(candidate.anchor.day);
    picked.push(candidate);
  }
  for (const candidate of ranked) {
    if (picked.length >= max) return picked;
    const clashes = picked.some(
      (other) =>
        candidate.anchor.startMs < other.anchor.endMs &&
        other.anchor.startMs < candidate.anchor.endMs,
    );
    if (!clashes) picked.push(candidate);
  }
  return picked;
}

const instantOf = (ms: number): Temporal.Instant => Temporal.Instant.fromEpochMilliseconds(ms);

function clockTime(minuteOfDay: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

function toProposal(candidate: Candidate, ctx: BookingContext): Proposal {
  const { anchor, series } = candidate;
  const sessions: ProposedSession[] = series.slots.map((slot, index) => ({
    phase: ctx.format === 'series-of-three' ? (PHASE_IDS[index] ?? 'all-three') : 'all-three',
    start: toIsoInstant(instantOf(slot.startMs)),
    end: toIsoInstant(instantOf(slot.endMs)),
  }));
  const anchorAt = instantOf(anchor.startMs);
  const prompt = planPromptDeliveryWith(anchorAt, ctx.zone, ctx.hours, ctx.now, ctx.wording);
  const timeWarnings = series.slots
    .map((slot, index) => ({ slot, index }))
    .filter(({ slot }) => slot.minuteOfDay !== anchor.minuteOfDay)
    .map(
      ({ slot, index }) =>
        `Session ${index + 1} is at ${clockTime(slot.minuteOfDay)} rather than ` +
        `${clockTime(anchor.minuteOfDay)}: that time was not free for both of you that week.`,
    );
  return {
    sessions,
    recurrence: quarterlyRecurrenceFor(
      anchorAt.toZonedDateTimeISO(ctx.zone),
      ctx.minutes,
      ctx.zone,
      ctx.hours,
      ctx.wording,
    ),
    promptDeliverAt: prompt.deliverAt,
    warnings: [...timeWarnings, ...prompt.warnings],
  };
}

function noSlotError(ctx: BookingContext): DomainError {
  const workingMinutes = ctx.hours.start.until(ctx.hours.end).total('minutes');
  if (workingMinutes < ctx.minutes) {
    return {
      code: 'working-day-too-short',
      message: `Your working hours are shorter than a ${ctx.minutes}-minute session.`,
      field: 'workingHours',
    };
  }
  const series = ctx.format === 'series-of-three';
  return {
    code: 'no-free-slot',
    message:
      `No ${ctx.minutes}-minute time${series ? ', three times a week or two apart,' : ''} is free ` +
      `for both of you within working hours in this period, keeping ${ONE_ON_ONE_BUFFER_MINUTES} ` +
      `minutes clear of your 1:1s. Look further ahead${series ? ' or book one 90-minute session' : ''}.`,
  };
}

/**
 * Proposes dedicated sessions for the career conversation ("Book it now ... Protect it"): never
 * over busy time or anyone's time away, never inside or right next to a 1:1 with the person
 * (Failure 2), within both people's working hours, each read in their own zone, a week or two apart at the same time of day where
 * possible, with the anchor recurring quarterly and the reflection prompt timed before it.
 */
export function planBooking(input: BookingInput): BookingPlan {
  const parsed = parseBookingInput(input);
  if (!parsed.ok) return parsed;
  const ctx = parsed.value;
  const freeSlots = findFreeSlots(ctx);
  const findSeries = createSeriesFinder(sessionCount(ctx), freeSlots, ctx);
  const promptOnTimeByDay = new Map<number, boolean>();
  const candidates: Candidate[] = [];
  for (const slots of freeSlots) {
    for (const anchor of slots) {
      const series = findSeries(anchor);
      if (!series) continue;
      let promptOnTime = promptOnTimeByDay.get(anchor.day);
      if (promptOnTime === undefined) {
        const anchorAt = instantOf(anchor.startMs);
        promptOnTime = planPromptDeliveryWith(anchorAt, ctx.zone, ctx.hours, ctx.now).onTime;
        promptOnTimeByDay.set(anchor.day, promptOnTime);
      }
      candidates.push({ series, anchor, promptOnTime });
    }
  }
  const skipped = explainSkippedDays(ctx, freeSlots);
  if (candidates.length === 0) return { ok: false, errors: [noSlotError(ctx)], skipped };
  const picked = pickDistinct(candidates.sort(rank), ctx.maxProposals);
  return {
    ok: true,
    proposals: picked.map((candidate) => toProposal(candidate, ctx)),
    skipped,
  };
}
