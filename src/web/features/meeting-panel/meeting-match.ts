import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { CalendarEvent } from '../../../app/ports';
import { isCareerConversationEvent, participantsOf } from '../../../app/my-365/booking';
import {
  DEFAULT_GAP_DAYS,
  epochMillisOf,
  meetingThreadOf,
  meetingThreadsOf,
  PHASE_IDS,
  type Interval,
} from '../../../domain';
import type { HostContext } from '../../host/host-context';

/** The thread of the meeting the host has the app open in: its chat id, else its meeting id. */
export function threadOfHostMeeting(meeting: HostContext['meeting']): string | undefined {
  if (!meeting) return undefined;
  return [meeting.chatId, meeting.id]
    .map((id) => (id === undefined ? undefined : meetingThreadOf(id)))
    .find((thread) => thread !== undefined);
}

const startOf = (record: ConversationRecord): string => record.event?.start ?? record.heldAt ?? '';

/**
 * The conversation booked as this meeting, in any of its sessions. Every occurrence of a
 * recurring series shares one meeting (and one thread), so the open one that comes first wins
 * (booked, or held with its summary still to send); with none open, the latest held one, whose
 * notes the meeting is about. A cancelled conversation is never opened.
 */
export function conversationForMeeting(
  items: readonly ConversationRecord[],
  thread: string | undefined,
): ConversationRecord | undefined {
  if (thread === undefined) return undefined;
  const matching = items.filter(
    (c) => c.state !== 'cancelled' && meetingThreadsOf(c.event).includes(thread),
  );
  const open = matching
    .filter((c) => c.state === 'booked' || c.summarySentAt === undefined)
    .sort((a, b) => startOf(a).localeCompare(startOf(b)));
  if (open[0]) return open[0];
  return [...matching].sort((a, b) => startOf(b).localeCompare(startOf(a)))[0];
}

/** How far after the first booked session the series' later sessions can lie, and a day's slack. */
const SERIES_SPAN_MS = (DEFAULT_GAP_DAYS.max * (PHASE_IDS.length - 1) + 1) * 24 * 3_600_000;

/**
 * Where the later sessions of the booked conversations lie: from the earliest booked session to
 * the series' span after the latest. Undefined when nothing is booked.
 */
export function seriesWindow(items: readonly ConversationRecord[]): Interval | undefined {
  const starts = items
    .filter((c) => c.state === 'booked' && c.event !== undefined)
    .map((c) => c.event?.start ?? '')
    .sort();
  const [first] = starts;
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return { start: first, end: new Date(epochMillisOf(last) + SERIES_SPAN_MS).toISOString() };
}

/**
 * Sessions 2 and 3 of a three-session booking are Teams meetings of their own, and a record
 * booked before every session's thread was kept holds the first one's link only; in the manager's
 * own calendar such a meeting is a career conversation (the product's title) with this thread and
 * one of their reports in it: that report.
 */
export function seriesMeetingFor<P extends { mail: string }>(
  events: readonly CalendarEvent[],
  thread: string,
  reports: readonly P[],
): P | undefined {
  const meeting = events.find(
    (e) =>
      !e.isCancelled &&
      isCareerConversationEvent(e) &&
      e.joinUrl !== undefined &&
      meetingThreadOf(e.joinUrl) === thread,
  );
  if (!meeting) return undefined;
  const people = participantsOf(meeting);
  return reports.find((report) => people.has(report.mail.trim().toLowerCase()));
}
