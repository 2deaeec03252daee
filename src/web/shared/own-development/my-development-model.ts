import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { Temporal, type Commitment, type Party } from '../../../domain';
import { commitmentState, standingCommitments } from '../../../domain/messages/contract-lines';

/** Whether a commitment was kept, as the person it was made to sees it. */
export type Kept = 'kept' | 'kept-late' | 'overdue' | 'open';

export interface CommitmentRow {
  commitment: Commitment;
  kept: Kept;
}

export const KEPT_LABEL: Record<Kept, string> = {
  kept: 'Kept',
  'kept-late': 'Kept, after the due date',
  overdue: 'Overdue',
  open: 'Not due yet',
};

/** How the note form names the manager: the first word of their directory name. */
export function firstNameOf(displayName: string | undefined): string {
  return displayName?.trim().split(/\s+/)[0] || 'your manager';
}

/** The day it was done, in the reader's zone: "on time" means on or before the due day there. */
function doneOnTime(commitment: Commitment, zone: string): boolean {
  if (commitment.completedAt === undefined) return true;
  const day = Temporal.Instant.from(commitment.completedAt).toZonedDateTimeISO(zone).toPlainDate();
  return Temporal.PlainDate.compare(day, Temporal.PlainDate.from(commitment.due)) <= 0;
}

/** One party's standing commitments, soonest due first, each with whether it was kept. */
export function commitmentRows(
  commitments: readonly Commitment[],
  party: Party,
  today: Temporal.PlainDate,
  zone: string,
): CommitmentRow[] {
  return standingCommitments(commitments, party).map((commitment) => {
    const state = commitmentState(commitment, today);
    const kept: Kept =
      state === 'done'
        ? doneOnTime(commitment, zone)
          ? 'kept'
          : 'kept-late'
        : state === 'overdue'
          ? 'overdue'
          : 'open';
    return { commitment, kept };
  });
}

export interface SessionsView {
  /** Booked sessions still ahead, soonest first. */
  upcoming: ConversationRecord[];
  /** Reflection prompts already delivered, for sessions still ahead. */
  promptsSent: ConversationRecord[];
  /** Held conversations with notes shared with the report, newest first. */
  sharedNotes: ConversationRecord[];
}

const instant = (value: string): Temporal.Instant => Temporal.Instant.from(value);

/** What the report sees of their conversations: the next sessions, the prompt, the shared notes. */
export function sessionsView(
  conversations: readonly ConversationRecord[],
  now: Temporal.Instant,
): SessionsView {
  const upcoming = conversations
    .filter(
      (c) =>
        c.state === 'booked' &&
        c.event !== undefined &&
        Temporal.Instant.compare(instant(c.event.end), now) > 0,
    )
    .sort((a, b) =>
      Temporal.Instant.compare(instant(a.event?.start ?? ''), instant(b.event?.start ?? '')),
    );
  const promptsSent = upcoming.filter(
    (c) =>
      c.prompt !== undefined && Temporal.Instant.compare(instant(c.prompt.deliverAt), now) <= 0,
  );
  const sharedNotes = conversations
    .filter((c) => c.state === 'held' && c.sharedNotes.trim() !== '')
    .sort((a, b) => (b.heldAt ?? '').localeCompare(a.heldAt ?? ''));
  return { upcoming, promptsSent, sharedNotes };
}
