import { wordingIn, type DateWording } from '../time/wording';
import type { ContractVersion, DevelopmentContract } from '../model/contract';
import type { ConversationRecord, ReportHistory } from '../model/conversation';
import type { ChecklistId, ChecklistItemId } from '../playbook/ids';
import type { Temporal } from '../time/temporal';
import type { IsoInstant, TimeZoneId } from '../time/values';

/**
 * evidence: ticked only from records (calendar, mail, contract, conversation); the manager cannot
 * tick it by hand, so the checklist never claims something the records contradict.
 * manual: only the manager can know (e.g. "cleared my head"), so only a manual tick counts.
 */
export type ChecklistItemMode = 'evidence' | 'manual';

export interface ChecklistItemState {
  id: ChecklistItemId;
  checklist: ChecklistId;
  mode: ChecklistItemMode;
  ticked: boolean;
  source: 'evidence' | 'manual' | 'none';
  /** Why it is ticked, as a fact the user can check, e.g. "Booked Tue 3 Mar 10:00–11:00 (60 min), not inside a 1:1". */
  evidence?: string;
  /** Why it is not ticked yet and what would tick it. */
  hint?: string;
  /** When it should be done by, e.g. the summary 48 hours after the conversation. */
  dueBy?: IsoInstant;
  /** Past `dueBy` and still not done. */
  overdue?: boolean;
}

export type ChecklistState = Record<ChecklistId, ChecklistItemState[]>;

export interface ChecklistInput {
  history: ReportHistory;
  /** The full conversation the checklists are for. */
  conversation: ConversationRecord;
  /** The full conversation before it, if any. */
  previous?: ConversationRecord;
  now: Temporal.Instant;
  /** The manager's zone, for the dates and times in the evidence. */
  zone: TimeZoneId;
  /** How the evidence words them: the host's on screen; en-GB when absent. */
  wording?: DateWording;
}

/** The evidence's dates in words, read in the manager's zone. */
export const wordsOf = (input: ChecklistInput): DateWording => wordingIn(input.zone, input.wording);

/** What the evidence rules look at, worked out once. */
export interface EvidenceContext extends ChecklistInput {
  reportName: string;
  contract?: DevelopmentContract;
  /** When the conversation happens or happened: heldAt, else the booked start. */
  at?: Temporal.Instant;
  /** The latest contract version agreed in this conversation. */
  agreedHere?: ContractVersion;
  /** The contract version in force before this conversation. */
  earlier?: ContractVersion;
}

/** What an evidence rule (or the timing of a manual item) contributes to an item's state. */
export interface ItemFinding {
  ticked: boolean;
  evidence?: string;
  hint?: string;
  dueBy?: IsoInstant;
  overdue?: boolean;
}
