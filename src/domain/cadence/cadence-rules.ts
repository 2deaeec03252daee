import { CADENCE } from '../playbook/cadence';
import type { ConversationKind, TriggerId } from '../playbook/ids';
import { TRIGGER_LIST, TRIGGERS } from '../playbook/triggers';

/*
 * Cadence constants. Durations and leaving signals come from the playbook data; the intervals
 * below are the planner's reading of the playbook's cadence, each with its reason.
 */

/** Cadence table: career conversation (full), quarterly. */
export const FULL_INTERVAL_MONTHS = 3;

/** Cadence table: development contract review, monthly. */
export const REVIEW_INTERVAL_MONTHS = 1;

/** Cadence table durations, from the playbook data. */
export const CONVERSATION_MINUTES: Record<ConversationKind, { min: number; max: number }> = {
  full: CADENCE.full.duration,
  review: CADENCE.review.duration,
  informal: CADENCE.informal.duration,
  'ad-hoc': CADENCE['ad-hoc'].duration,
};

/**
 * "More frequently for people at a transition point". We halve the quarter: while a transition
 * is flagged, the next full conversation is due six weeks after the last one. A flag raised
 * since the last conversation brings it within two weeks of the flag, because transitions are
 * time-bound (a promotion decision has a date) and the conversation helps before the outcome,
 * not after it.
 */
export const TRANSITION_INTERVAL_WEEKS = 6;
export const TRANSITION_FLAG_DUE_DAYS = 14;

/** An open trigger calls for an ad hoc conversation within a week of being logged. */
export const TRIGGER_DUE_DAYS = 7;

/** "Due soon" means within two weeks: enough time to find a slot that suits both. */
export const DUE_SOON_DAYS = 14;

/**
 * "Immediately when someone signals they are thinking about leaving, before the decision
 * crystallises": the triggers the playbook data marks as such a signal.
 */
export const LEAVING_SIGNAL_TRIGGERS: readonly TriggerId[] = TRIGGER_LIST.filter(
  (trigger) => trigger.leavingSignal,
).map((trigger) => trigger.id);

export function isLeavingSignal(trigger: TriggerId): boolean {
  return TRIGGERS[trigger].leavingSignal;
}

/**
 * When a conversation is already due, a booking this many days ahead still counts as taking
 * care of it (it is in the calendar, which is the point of Failure 1). A leaving signal only
 * allows until tomorrow: "immediately".
 */
export const CATCH_UP_DAYS = { 'leaving-signal': 1, trigger: TRIGGER_DUE_DAYS, other: 14 } as const;

/**
 * Which booked conversations take care of which due one: a full career conversation also
 * reviews the contract ("It gets updated at each quarterly career conversation") and can
 * address a trigger; nothing but a full conversation is the quarterly anchor.
 */
export const SATISFIED_BY: Record<ConversationKind, readonly ConversationKind[]> = {
  full: ['full'],
  review: ['review', 'full'],
  'ad-hoc': ['ad-hoc', 'full'],
  informal: ['informal'],
};
