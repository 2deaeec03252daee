import {
  checkHeldEarly,
  toIsoInstant,
  type BookedEvent,
  type ChecklistItemId,
  type PromptDelivery,
  type ConversationKind,
  type ConversationRecord,
  type ConversationState,
  type IsoInstant,
  type PhaseId,
  type TriggerId,
  type TriggerLog,
} from '../../../domain';
import { PortError, type Versioned } from '../../ports';
import type { UseCaseContext } from '../context';
import { closeTriggersFor, type MayCloseTrigger } from '../triggers/trigger-changes';

/** The saved record, and the trigger logs holding it closed. */
export interface ConversationSaved {
  saved: Versioned<ConversationRecord>;
  closedTriggers: TriggerLog[];
}

export interface NewConversation {
  reportId: string;
  managerId: string;
  kind: ConversationKind;
  trigger?: TriggerId;
  state: ConversationState;
  event?: BookedEvent;
  heldAt?: IsoInstant;
  phasesReached: PhaseId[];
  aspirationRecorded: boolean;
  sharedNotes: string;
  /** The manager confirms it was held before its booked start (checked, never stored). */
  confirmHeldEarly?: boolean;
}

/** What either party may change on the shared record; everything else is set by the app. */
export interface ConversationChanges {
  state?: ConversationState;
  event?: BookedEvent;
  heldAt?: IsoInstant;
  phasesReached?: PhaseId[];
  aspirationRecorded?: boolean;
  sharedNotes?: string;
  contractVersion?: number;
  summarySentAt?: IsoInstant;
  previousCommitmentsReviewedAt?: IsoInstant;
  openedWithWhatsChangedAt?: IsoInstant;
  /** Where and when the reflection prompt goes (set when the manager queues it). */
  prompt?: PromptDelivery;
  /** Checklist items the manager ticks by hand where no evidence can exist; replaces the list. */
  manualTicks?: ChecklistItemId[];
  /** The manager confirms it was held before its booked start (checked, never stored). */
  confirmHeldEarly?: boolean;
}

/** Refuses "held" before the booked start unless the manager confirmed it happened early. */
function refuseUnconfirmedEarlyHold(
  ctx: UseCaseContext,
  event: BookedEvent | undefined,
  confirmed: boolean | undefined,
): void {
  const early = checkHeldEarly(event, ctx.clock.now(), confirmed === true);
  if (early) throw new PortError('invalid', early.message);
}

export async function recordConversation(
  ctx: UseCaseContext,
  input: NewConversation,
  mayCloseTrigger: MayCloseTrigger,
): Promise<ConversationSaved> {
  if (input.state === 'held') refuseUnconfirmedEarlyHold(ctx, input.event, input.confirmHeldEarly);
  const record: ConversationRecord = {
    id: ctx.newId(),
    reportId: input.reportId,
    managerId: input.managerId,
    kind: input.kind,
    ...(input.trigger === undefined ? {} : { trigger: input.trigger }),
    state: input.state,
    ...(input.event === undefined ? {} : { event: input.event }),
    rescheduleCount: 0,
    ...heldAtFor(input.state, input.heldAt, ctx),
    phasesReached: unique(input.phasesReached),
    aspirationRecorded: input.aspirationRecorded,
    sharedNotes: input.sharedNotes,
    manualTicks: [],
  };
  const saved = await ctx.stores.conversations.create(record);
  const closedTriggers =
    saved.value.state === 'held' ? await closeTriggersFor(ctx, saved.value, mayCloseTrigger) : [];
  return { saved, closedTriggers };
}

/**
 * Applies the changes on the version the caller read. Moving the booked time counts as a
 * reschedule (the "deferring" failure reads it); holding an ad hoc conversation closes the
 * trigger that called for it.
 */
export async function updateConversation(
  ctx: UseCaseContext,
  input: { id: string; changes: ConversationChanges; expectedEtag: string },
  mayCloseTrigger: MayCloseTrigger,
): Promise<ConversationSaved> {
  const stored = await ctx.stores.conversations.get(input.id);
  if (!stored) throw new PortError('not-found', 'This conversation does not exist.');
  if (stored.etag !== input.expectedEtag) {
    throw new PortError('conflict', 'Someone changed this conversation since you loaded it.');
  }
  const before = stored.value;
  const { confirmHeldEarly, ...changes } = input.changes;
  if (changes.state === 'held' && before.state !== 'held') {
    refuseUnconfirmedEarlyHold(ctx, changes.event ?? before.event, confirmHeldEarly);
  }
  const moved =
    changes.event !== undefined &&
    before.event !== undefined &&
    (changes.event.start !== before.event.start || changes.event.end !== before.event.end);
  const state = changes.state ?? before.state;
  const next: ConversationRecord = {
    ...before,
    ...definedOnly(changes),
    state,
    rescheduleCount: before.rescheduleCount + (moved ? 1 : 0),
    ...(changes.phasesReached ? { phasesReached: unique(changes.phasesReached) } : {}),
    ...(changes.manualTicks ? { manualTicks: unique(changes.manualTicks) } : {}),
  };
  if (state === 'held' && next.heldAt === undefined) next.heldAt = toIsoInstant(ctx.clock.now());
  if (state !== 'held') delete next.heldAt;
  const saved = await ctx.stores.conversations.update(next, stored.etag);
  const closedTriggers =
    saved.value.state === 'held' && before.state !== 'held'
      ? await closeTriggersFor(ctx, saved.value, mayCloseTrigger)
      : [];
  return { saved, closedTriggers };
}

function heldAtFor(
  state: ConversationState,
  heldAt: IsoInstant | undefined,
  ctx: UseCaseContext,
): { heldAt?: IsoInstant } {
  if (state !== 'held') return {};
  return { heldAt: heldAt ?? toIsoInstant(ctx.clock.now()) };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
