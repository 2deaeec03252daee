/**
 * Conversation records and trigger logs for one person, as the app would have stored them had
 * the manager used it all along: booked events with dedicated titles, a reflection prompt a few
 * days before, the summary the day after, and triggers closed by the conversation they called for.
 */
import {
  CADENCE,
  PHASES,
  Temporal,
  toIsoInstant,
  type BookedEvent,
  type ChecklistItemId,
  type ConversationKind,
  type ConversationRecord,
  type PhaseId,
  type PromptDelivery,
  type TriggerLog,
} from '../../../src/domain';
import { demoId, varietyOf } from './demo-ids';
import { slotFor } from './demo-time';
import type { ConversationSpec, PersonaHistory } from './history-spec';
import type { PersonaContext } from './persona-context';

/** A planned conversation with what the contract plan needs to know about it. */
export interface PlannedConversation {
  spec: ConversationSpec;
  record: ConversationRecord;
  start: Temporal.Instant;
  end: Temporal.Instant;
}

const FULL_MINUTES = [60, 90, 75] as const;
const MANUAL_TICKS: readonly (readonly ChecklistItemId[])[] = [
  ['cleared-head', 'thought-about-aspirations', 'started-from-their-perspective'],
  ['identified-opportunities', 'honest-about-commitments', 'did-not-push-for-clarity'],
  ['cleared-head', 'honest-about-what-org-can-offer'],
];
const ALL_PHASES: PhaseId[] = ['where-now', 'where-to-go', 'close-the-gap'];

function minutesFor(spec: ConversationSpec, index: number): number {
  if (spec.minutes !== undefined) return spec.minutes;
  if (spec.kind === 'full') return FULL_MINUTES[index % FULL_MINUTES.length] ?? 60;
  return CADENCE[spec.kind].duration.max;
}

function titleFor(kind: ConversationKind, spec: ConversationSpec, names: string): string {
  if (kind === 'full') {
    const title = PHASES[spec.focus ?? 'where-now'].title;
    return `Career conversation: ${title.charAt(0).toLowerCase()}${title.slice(1)} (${names})`;
  }
  // "Review" in a full conversation's title would read as a 1:1; a contract review may say so.
  return kind === 'review'
    ? `Development contract review (${names})`
    : `Career conversation (${names})`;
}

function phasesFor(spec: ConversationSpec, held: boolean): PhaseId[] {
  if (!held) return [];
  if (spec.phases) return spec.phases;
  if (spec.kind === 'full') return spec.contract ? ALL_PHASES : [spec.focus ?? 'where-now'];
  return spec.kind === 'ad-hoc' ? ['where-now'] : [];
}

function promptFor(
  spec: ConversationSpec,
  start: Temporal.Instant,
  now: Temporal.Instant,
): PromptDelivery | undefined {
  const dedicated = spec.kind === 'full' || spec.kind === 'ad-hoc';
  if (!dedicated || spec.state === 'cancelled' || spec.insideOneOnOne) return undefined;
  const channel = spec.prompt ?? (spec.kind === 'full' ? 'mail' : undefined);
  if (channel === undefined) return undefined;
  const fourDaysBefore = start.subtract({ hours: 96 });
  const queuedAt =
    Temporal.Instant.compare(fourDaysBefore, now) < 0 ? fourDaysBefore : now.subtract({ hours: 1 });
  const deliverAt = start.subtract({ hours: 72 });
  return {
    channel,
    queuedAt: toIsoInstant(queuedAt),
    deliverAt: toIsoInstant(
      Temporal.Instant.compare(deliverAt, queuedAt) > 0 ? deliverAt : queuedAt,
    ),
  };
}

function eventFor(
  ctx: PersonaContext,
  spec: ConversationSpec,
  id: string,
  start: Temporal.Instant,
  end: Temporal.Instant,
  names: string,
  index: number,
): BookedEvent | undefined {
  // An informal check-in is opportunistic: it is never booked.
  if (spec.kind === 'informal') return undefined;
  return {
    eventId: `demo-event-${id}`,
    title: titleFor(spec.kind, spec, names),
    start: toIsoInstant(start),
    end: toIsoInstant(end),
    ...(spec.inSeries ? { seriesId: `demo-series-${demoId('series', ctx.person.key)}` } : {}),
    insideOneOnOne: spec.insideOneOnOne ?? (spec.kind === 'review' && index % 2 === 0),
  };
}

function heldFacts(
  spec: ConversationSpec,
  start: Temporal.Instant,
  end: Temporal.Instant,
  now: Temporal.Instant,
  hadContract: boolean,
  index: number,
): Partial<ConversationRecord> {
  const facts: Partial<ConversationRecord> = { heldAt: toIsoInstant(end) };
  const dedicated = spec.kind === 'full' || spec.kind === 'ad-hoc';
  if (dedicated && !spec.noSummary) {
    const sent = end.add({ hours: 24 * (spec.summaryAfterDays ?? 1) });
    if (Temporal.Instant.compare(sent, now) < 0) facts.summarySentAt = toIsoInstant(sent);
  }
  if (spec.kind === 'full' && hadContract && !spec.insideOneOnOne) {
    facts.openedWithWhatsChangedAt = toIsoInstant(start.add({ minutes: 2 }));
    facts.previousCommitmentsReviewedAt = toIsoInstant(start.add({ minutes: 10 }));
  }
  if (spec.kind === 'full')
    facts.manualTicks = [...(MANUAL_TICKS[index % MANUAL_TICKS.length] ?? [])];
  return facts;
}

/** Every conversation of the persona, oldest first, with version numbers for those agreeing one. */
export function planConversations(
  ctx: PersonaContext,
  history: PersonaHistory,
): PlannedConversation[] {
  const { person, now } = ctx;
  let version = 0;
  return history.conversations.map((spec, index) => {
    const manager = ctx.managerOn(spec.at);
    const minutes = minutesFor(spec, index);
    const variety = varietyOf(person.key, index);
    const zoned = slotFor(ctx.dayOf(spec.at), manager.timeZone, person.timeZone, minutes, variety);
    const start = zoned.toInstant();
    const end = zoned.add({ minutes }).toInstant();
    const past = Temporal.Instant.compare(end, now) < 0;
    const state = spec.state ?? (past ? 'held' : 'booked');
    if (spec.contract && state !== 'held') {
      throw new Error(`Demo history: ${person.key} agrees a contract in a conversation not held`);
    }
    const hadContract = version > 0;
    if (spec.contract) version += 1;
    const id = demoId('conversation', person.key, index);
    const names = `${manager.givenName} / ${person.givenName}`;
    const event = eventFor(ctx, spec, id, start, end, names, index);
    const prompt = promptFor(spec, start, now);
    const phases = phasesFor(spec, state === 'held');
    const record: ConversationRecord = {
      id,
      reportId: person.id,
      managerId: manager.id,
      kind: spec.kind,
      ...(spec.trigger ? { trigger: spec.trigger } : {}),
      state,
      ...(event ? { event } : {}),
      rescheduleCount: spec.rescheduled ?? 0,
      phasesReached: phases,
      // Written down whenever "where do you want to go?" was reached, unless the spec says not.
      aspirationRecorded:
        state === 'held' && (spec.aspirationRecorded ?? phases.includes('where-to-go')),
      sharedNotes: spec.notes,
      ...(prompt ? { prompt } : {}),
      ...(spec.contract ? { contractVersion: version } : {}),
      manualTicks: [],
      ...(state === 'held' ? heldFacts(spec, start, end, now, hadContract, index) : {}),
    };
    return { spec, record, start, end };
  });
}

/** Trigger logs; one is closed by the first ad hoc conversation about it held after it was logged. */
export function planTriggers(
  ctx: PersonaContext,
  history: PersonaHistory,
  conversations: readonly PlannedConversation[],
): TriggerLog[] {
  return (history.triggers ?? []).map((spec, index) => {
    const loggedAt = ctx.instantOf(spec.logged, 10);
    const closing = conversations.find(
      ({ record, start }) =>
        record.kind === 'ad-hoc' &&
        record.trigger === spec.trigger &&
        record.state === 'held' &&
        Temporal.Instant.compare(start, loggedAt) > 0,
    );
    return {
      id: demoId('trigger', ctx.person.key, index),
      trigger: spec.trigger,
      loggedAt: toIsoInstant(loggedAt),
      ...(closing?.record.heldAt
        ? { closedAt: closing.record.heldAt, closedByConversationId: closing.record.id }
        : {}),
    };
  });
}
