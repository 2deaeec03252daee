/**
 * The shape of a demo person's career-conversation history, written as data relative to "now" so
 * the demo always looks lived-in, whenever the tenant was seeded. The builder turns it into
 * domain records (contracts through createContract / reviseContract, so every version is valid).
 */
import type {
  CommitmentKind,
  ContractChangeReason,
  ConversationKind,
  Party,
  PhaseId,
  TransitionId,
  TriggerId,
} from '../../../src/domain';

/**
 * A point in the past counted back from today in the manager's time zone (negative values lie
 * ahead). Months are calendar months, so "one month ago, plus three days" stays exact across
 * month lengths.
 */
export interface Ago {
  months?: number;
  days?: number;
}

export interface CommitmentSpec {
  /** Unique within the person's history; the stored id is derived from it. */
  ref: string;
  party: Party;
  kind: CommitmentKind;
  action: string;
  due: Ago;
  /** When its owner marked it done, if they did. */
  done?: Ago;
}

/** An agreed contract version, agreed at the end of the conversation it sits in. */
export interface VersionSpec {
  reason: ContractChangeReason;
  /** Why it changed, in the manager's words (empty for the first version). */
  note: string;
  openQuestion: string;
  /** New commitments. Open ones from the previous version are kept unless redated or dropped. */
  add: CommitmentSpec[];
  redate?: { ref: string; due: Ago }[];
  drop?: { ref: string; why: string }[];
  /** "In [month], we will check in on [aspect]": the month as counted back from now. */
  reviews: { month: Ago; aspect: string }[];
}

export interface ConversationSpec {
  kind: ConversationKind;
  at: Ago;
  /** Past ones are held and future ones booked unless this says otherwise. */
  state?: 'cancelled';
  /** Which of the three conversations the booking is titled after (full ones only). */
  focus?: PhaseId;
  /** Defaults: all three for a full conversation that agrees a version, else the focus. */
  phases?: PhaseId[];
  /** Default: when "where do you want to go?" was reached. */
  aspirationRecorded?: boolean;
  trigger?: TriggerId;
  notes: string;
  minutes?: number;
  insideOneOnOne?: boolean;
  rescheduled?: number;
  /** Days after the conversation the written summary went out; absent: the next day. */
  summaryAfterDays?: number;
  noSummary?: boolean;
  /** Part of the quarterly series booked as one recurring event. */
  inSeries?: boolean;
  prompt?: 'mail' | 'chat';
  contract?: VersionSpec;
}

export interface TriggerSpec {
  trigger: TriggerId;
  logged: Ago;
}

/** One report's history. Triggers close when an ad hoc conversation about them is held. */
export interface PersonaHistory {
  key: string;
  direction?: { text: string; recorded: Ago };
  /** Transition points; `since` defaults to the person's situation date in the demo seed. */
  transitions?: { transition: TransitionId; since?: Ago }[];
  triggers?: TriggerSpec[];
  conversations: ConversationSpec[];
}

/** `days` ago (negative: ahead). */
export const d = (days: number): Ago => ({ days });
/** `months` and `days` ago. */
export const mo = (months: number, days = 0): Ago => ({ months, days });

type Done = Ago | undefined;

/** The report's own commitment. */
export function theirs(
  ref: string,
  kind: 'action' | 'learning' | 'behaviour',
  action: string,
  due: Ago,
  done?: Done,
): CommitmentSpec {
  return { ref, party: 'report', kind, action, due, ...(done ? { done } : {}) };
}

/** The manager's commitment. */
export function mine(
  ref: string,
  kind: Exclude<CommitmentKind, 'action' | 'learning' | 'behaviour'>,
  action: string,
  due: Ago,
  done?: Done,
): CommitmentSpec {
  return { ref, party: 'manager', kind, action, due, ...(done ? { done } : {}) };
}
