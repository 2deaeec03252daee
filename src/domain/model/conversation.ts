import type {
  ChecklistItemId,
  ConversationKind,
  PhaseId,
  TransitionId,
  TriggerId,
} from '../playbook/ids';
import type { IsoDate, IsoInstant } from '../time/values';
import type { DevelopmentContract } from './contract';
import type { Person } from './person';
import type { EarlierHistoryFacts } from '../overview/earlier-history';

export const CONVERSATION_STATES = ['booked', 'held', 'cancelled'] as const;
export type ConversationState = (typeof CONVERSATION_STATES)[number];

/** How the reflection prompt reaches the report. */
export const PROMPT_CHANNELS = ['mail', 'chat'] as const;
export type PromptChannel = (typeof PROMPT_CHANNELS)[number];

/** The calendar event a conversation is booked as, as the calendar reported it. */
export interface BookedEvent {
  eventId: string;
  title: string;
  start: IsoInstant;
  end: IsoInstant;
  /** The series this occurrence belongs to (the quarterly anchor), if any. */
  seriesId?: string;
  joinUrl?: string;
  /**
   * The Teams meeting chat thread (`19:meeting_…@thread.v2`) of every session booked as this
   * conversation, in order: sessions 2 and 3 of a three-session booking are meetings of their
   * own, with links the record does not keep. Absent on records booked before it was kept.
   */
  meetingThreads?: string[];
  /** True when the slot sits inside or right next to an existing 1:1 with the same person. */
  insideOneOnOne?: boolean;
}

export interface PromptDelivery {
  channel: PromptChannel;
  /** When it is (or was) delivered to the report. */
  deliverAt: IsoInstant;
  /** When the manager queued it. */
  queuedAt: IsoInstant;
  /** The held mail in the manager's mailbox, so a move or a cancel can take it back. */
  messageId?: string;
  /** The manager's own wording, when it is not the playbook's: a re-sent prompt keeps it. */
  wording?: string;
  /** When it was taken back before delivery (the series was held early or cancelled). */
  recalledAt?: IsoInstant;
}

/**
 * The shared record of one conversation. Both parties can see it. It deliberately has no field
 * for what the person said about leaving: the leave question's answer is never data.
 */
export interface ConversationRecord {
  id: string;
  reportId: string;
  managerId: string;
  kind: ConversationKind;
  /** For ad hoc conversations: the trigger that prompted it. */
  trigger?: TriggerId;
  state: ConversationState;
  event?: BookedEvent;
  /** How many times this conversation has been moved. */
  rescheduleCount: number;
  heldAt?: IsoInstant;
  phasesReached: PhaseId[];
  /** True once the person's aspiration ("where do you want to go") was written down. */
  aspirationRecorded: boolean;
  sharedNotes: string;
  prompt?: PromptDelivery;
  /** The contract version agreed in this conversation. */
  contractVersion?: number;
  summarySentAt?: IsoInstant;
  /** When the manager went through the previous contract's commitments at the start. */
  previousCommitmentsReviewedAt?: IsoInstant;
  /** When the manager opened with "what's changed since we last spoke?". */
  openedWithWhatsChangedAt?: IsoInstant;
  /** Checklist items the manager ticked by hand where no evidence can exist. */
  manualTicks: ChecklistItemId[];
}

export interface TriggerLog {
  id: string;
  trigger: TriggerId;
  loggedAt: IsoInstant;
  /** Closed when the conversation it called for happens. */
  closedAt?: IsoInstant;
  closedByConversationId?: string;
}

export interface TransitionFlag {
  transition: TransitionId;
  since: IsoDate;
}

/** The 3-year direction in the person's own words, as last recorded. */
export interface Direction {
  text: string;
  recordedAt: IsoInstant;
}

/** Everything the rules need to know about one report. */
export interface ReportHistory {
  report: Person;
  managerId: string;
  direction?: Direction;
  transitions: TransitionFlag[];
  triggers: TriggerLog[];
  conversations: ConversationRecord[];
  contract?: DevelopmentContract;
  /** Records the manager may not read, as cadence facts only: present when some are withheld. */
  earlier?: EarlierHistoryFacts;
}
