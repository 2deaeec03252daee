import type { ConversationRecord } from '../../adapters/career-api/career-api-client';
import { conversationLabel, epochMillisOf, PHASE_IDS, type PhaseId } from '../../domain';
import type { DateFormat } from '../shared/date-format';
import { currentConversation } from './current-conversation';

/**
 * The record conversation mode writes to: the quarterly conversation first, else an ad hoc one
 * a trigger called for, else an informal record the manager started.
 */
export function conversationForMode(
  items: readonly ConversationRecord[],
): ConversationRecord | undefined {
  return (
    currentConversation(items, 'full') ??
    currentConversation(items, 'ad-hoc') ??
    currentConversation(items, 'informal')
  );
}

/** The last phase the notes reached: where the conversation is (the first before any). */
export function phaseUnderWay(record: Pick<ConversationRecord, 'phasesReached'>): PhaseId {
  return PHASE_IDS.filter((phase) => record.phasesReached.includes(phase)).at(-1) ?? 'where-now';
}

/** The booked length, for the timer's "of 60 min". */
export function plannedMinutes(record: ConversationRecord): number | undefined {
  if (!record.event) return undefined;
  const ms = epochMillisOf(record.event.end) - epochMillisOf(record.event.start);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : undefined;
}

/** "Quarterly career conversation, 12 Mar 2026, 10:00" or "..., not booked". */
export function describeRecord(record: ConversationRecord, dates: DateFormat): string {
  const label = conversationLabel(record.kind);
  if (record.state === 'held') {
    return `${label}, held${record.heldAt ? ` ${dates.instant(record.heldAt)}` : ''}`;
  }
  return record.event ? `${label}, ${dates.instant(record.event.start)}` : `${label}, not booked`;
}
