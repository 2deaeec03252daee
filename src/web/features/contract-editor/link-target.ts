import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { DateFormat } from '../../shared/date-format';
import { Temporal, type ContractChangeReason } from '../../../domain';
import { currentConversation } from '../../data/current-conversation';
import { conversationLabel } from '../../../domain';
import { ongoingReview } from '../../data/review-record';

/** The conversation a new version is recorded as agreed in. */
export interface LinkTarget {
  id: string;
  etag: string;
  /** "the Career conversation (full) of 12 Mar 2026, 10:00". */
  label: string;
}

/** Held, begun by the clock, or with phases or notes recorded: it is (or was) happening. */
const started = (c: ConversationRecord, now: Temporal.Instant): boolean =>
  c.state === 'held' ||
  c.phasesReached.length > 0 ||
  c.sharedNotes.trim() !== '' ||
  (c.event !== undefined &&
    Temporal.Instant.compare(Temporal.Instant.from(c.event.start), now) <= 0);

/**
 * A monthly-review update belongs to this month's review record; any other to the quarterly
 * (or ad hoc) conversation under way. A conversation booked for later is not "under way": a
 * version agreed today was not agreed in it.
 */
export function linkTargetFor(
  items: readonly ConversationRecord[],
  reason: ContractChangeReason,
  now: Temporal.Instant,
  dates: DateFormat,
): LinkTarget | undefined {
  const candidate =
    reason === 'monthly-review'
      ? ongoingReview(items, now, dates.zone)
      : [currentConversation(items, 'full'), currentConversation(items, 'ad-hoc')].find(
          (c) => c !== undefined && started(c, now),
        );
  if (candidate === undefined) return undefined;
  const when = candidate.heldAt ?? candidate.event?.start;
  const label = `the ${conversationLabel(candidate.kind).toLowerCase()}${when === undefined ? '' : ` of ${dates.instant(when)}`}`;
  return { id: candidate.id, etag: candidate.etag, label };
}
