import type { ConversationKind, TransitionId, TriggerId } from '../playbook/ids';
import type { IsoDate, IsoInstant } from '../time/values';

export const CADENCE_STATUSES = ['on-track', 'due-soon', 'overdue'] as const;
export type CadenceStatus = (typeof CADENCE_STATUSES)[number];

/** Why a conversation is due. Screens switch on `code`; `message` already says it in words. */
export type CadenceReason =
  /** No full career conversation has ever been held: due now. */
  | { code: 'first-conversation' }
  /** "At minimum, once per quarter": three months after the last one held. */
  | {
      code: 'quarterly';
      lastHeld: IsoDate;
      /** It was held with an earlier manager and the report has not shared it. */
      beforeYou?: true;
    }
  /** The monthly development contract review, a month after the last review or full conversation. */
  | { code: 'monthly-review'; lastReviewed: IsoDate }
  /** "More frequently for people at a transition point". */
  | { code: 'transition'; transition: TransitionId; since: IsoDate; lastHeld: IsoDate }
  /** An open trigger for an ad hoc career conversation. */
  | { code: 'trigger'; trigger: TriggerId; triggerLogId: string; loggedAt: IsoInstant }
  /** "Immediately when someone signals they are thinking about leaving". */
  | {
      code: 'leaving-signal';
      trigger: TriggerId;
      triggerLogId: string;
      loggedAt: IsoInstant;
    };

export type CadenceReasonCode = CadenceReason['code'];

export interface BookedConversation {
  conversationId: string;
  start: IsoInstant;
}

export interface DueConversation {
  kind: ConversationKind;
  /** The date to hold it by, in the manager's zone. Never before today: overdue means "now". */
  dueBy: IsoDate;
  /** When the rule's date has already passed: the date it was due. */
  overdueSince?: IsoDate;
  minutes: { min: number; max: number };
  reason: CadenceReason;
  /** One sentence for the manager, e.g. "Last full conversation was 4 months ago: overdue by 3 weeks". */
  message: string;
  /** A booked conversation that takes care of this one in time. */
  booked?: BookedConversation;
}

export interface CadencePlan {
  /** The worst of all due conversations not yet booked in time. */
  status: CadenceStatus;
  /** The most pressing conversation: unbooked before booked, then earliest, then most serious. */
  next: DueConversation;
  alsoDue: DueConversation[];
  /** The booking that covers `next`, when there is one. */
  booked?: BookedConversation;
}
