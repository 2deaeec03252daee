import type { IsoDate, NudgeKind, SentNudge } from '../../domain';

/**
 * What the nudge job sent and what each person switched off, kept behind the career API: a
 * restart or a second instance reads what was sent today and does not send it again.
 */
export interface NudgeStore {
  /** Everything sent on or after `since` (the planner needs today's and the live occasions'). */
  sentSince(since: IsoDate): Promise<SentNudge[]>;
  /**
   * Records a sent nudge; recording the same recipient and key again is a no-op that returns
   * false, so two runs racing cannot both claim it.
   */
  recordSent(sent: SentNudge): Promise<boolean>;
  /** Undoes `recordSent` when the send failed for a passing reason (throttled, unreachable). */
  forget(recipientId: string, key: string): Promise<void>;
  /** The kinds the person switched off (none when they never chose). */
  switchedOff(personId: string): Promise<NudgeKind[]>;
  setSwitchedOff(personId: string, kinds: readonly NudgeKind[]): Promise<void>;
  /** Erasure. */
  removeAll(personId: string): Promise<void>;
}
