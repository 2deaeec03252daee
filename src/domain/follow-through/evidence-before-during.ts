import { hasDatedCommitmentsFromBoth } from '../contract/health';
import { CADENCE } from '../playbook/cadence';
import { phaseById } from '../playbook/conversations';
import type { PhaseId } from '../playbook/ids';
import { Temporal } from '../time/temporal';
import { minutesBetween, toInstant, toIsoInstant } from '../time/values';
import { wordsOf, type EvidenceContext, type ItemFinding } from './checklist-state';

/** "Booked at least 60 minutes": the cadence table's lower bound for a full conversation. */
const DEDICATED_MINUTES = CADENCE.full.duration.min;
/** "A few days before the conversation, send a message": later than this is not in advance. */
const PROMPT_DAYS_BEFORE = 2;

export function findBookedDedicated(ctx: EvidenceContext): ItemFinding {
  const { event, state } = ctx.conversation;
  if (event === undefined || state === 'cancelled') {
    return {
      ticked: false,
      hint: `Not booked yet: book at least ${DEDICATED_MINUTES} minutes as a session of its own.`,
    };
  }
  const minutes = Math.round(minutesBetween(event.start, event.end));
  const when = `${wordsOf(ctx).range(event.start, event.end)} (${minutes} min)`;
  if (event.insideOneOnOne === true) {
    return {
      ticked: false,
      hint: `Booked ${when}, inside or next to a 1:1: move it to a session of its own.`,
    };
  }
  if (minutes < DEDICATED_MINUTES) {
    return {
      ticked: false,
      hint: `Booked ${when}: make it at least ${DEDICATED_MINUTES} minutes.`,
    };
  }
  return { ticked: true, evidence: `Booked ${when}, not inside a 1:1` };
}

export function findReflectionPrompt(ctx: EvidenceContext): ItemFinding {
  const { prompt, event, state } = ctx.conversation;
  const start = event === undefined ? undefined : toInstant(event.start);
  const dueBy = start?.subtract({ hours: 24 * PROMPT_DAYS_BEFORE });
  const timing =
    dueBy === undefined
      ? {}
      : {
          dueBy: toIsoInstant(dueBy),
          overdue:
            prompt === undefined &&
            state === 'booked' &&
            Temporal.Instant.compare(ctx.now, dueBy) > 0,
        };
  if (prompt === undefined) {
    return {
      ticked: false,
      hint: 'Send a light reflection prompt a few days before the conversation.',
      ...timing,
    };
  }
  const deliverAt = toInstant(prompt.deliverAt);
  const channel = prompt.channel === 'mail' ? 'by mail' : 'in Teams chat';
  const when = wordsOf(ctx).dayTime(prompt.deliverAt);
  if (start !== undefined && Temporal.Instant.compare(deliverAt, start) >= 0) {
    return {
      ticked: false,
      hint: `The reflection prompt is set to arrive ${when}, after the conversation starts: send it a few days before.`,
      ...timing,
    };
  }
  const delivered = Temporal.Instant.compare(deliverAt, ctx.now) <= 0;
  return {
    ticked: true,
    evidence: delivered
      ? `Reflection prompt delivered ${channel} ${when}`
      : `Reflection prompt queued ${channel}, to arrive ${when}`,
    ...(timing.dueBy === undefined ? {} : { dueBy: timing.dueBy }),
  };
}

export function findPhaseCovered(phase: PhaseId): (ctx: EvidenceContext) => ItemFinding {
  return (ctx) =>
    ctx.conversation.phasesReached.includes(phase)
      ? {
          ticked: true,
          evidence: `“${phaseById(phase).title}” marked as covered in this conversation`,
        }
      : { ticked: false, hint: `“${phaseById(phase).title}” is not marked as covered yet.` };
}

/** The playbook asks for the direction itself, so the phase counts once it is written down. */
export function findDirectionCovered(ctx: EvidenceContext): ItemFinding {
  const reached = findPhaseCovered('where-to-go')(ctx);
  if (!reached.ticked) return reached;
  return ctx.conversation.aspirationRecorded
    ? { ticked: true, evidence: `${reached.evidence ?? ''}, with their direction written down` }
    : {
        ticked: false,
        hint: `“${phaseById('where-to-go').title}” is marked as covered, but their direction is not written down yet (uncertain is fine: note what they are drawn to).`,
      };
}

export function findAgreedContract(ctx: EvidenceContext): ItemFinding {
  const version = ctx.agreedHere;
  if (version === undefined) {
    return {
      ticked: false,
      hint: 'No contract agreed in this conversation yet: close with specific commitments from both of you, with dates.',
    };
  }
  if (!hasDatedCommitmentsFromBoth(version)) {
    return {
      ticked: false,
      hint: `Version ${version.version} was agreed here without dated commitments from both of you.`,
    };
  }
  const live = version.commitments.filter((c) => c.status !== 'dropped');
  const theirs = live.filter((c) => c.party === 'report').length;
  const yours = live.filter((c) => c.party === 'manager').length;
  return {
    ticked: true,
    evidence: `Version ${version.version} agreed ${wordsOf(ctx).dayTime(version.agreedAt)}: ${theirs} dated ${plural(theirs, 'commitment')} from ${ctx.reportName}, ${yours} from you`,
  };
}

export const plural = (count: number, noun: string): string => (count === 1 ? noun : `${noun}s`);
