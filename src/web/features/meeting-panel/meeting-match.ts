import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { HostContext } from '../../host/host-context';

/**
 * A Teams meeting's chat thread, `19:meeting_<base64>@thread.v2`: the one id that the meeting's
 * join link (Graph's `onlineMeeting.joinUrl` on the booked event, stored on the conversation
 * record), the meeting chat's id and Teams' `meeting.id` all carry.
 */
const THREAD = /19:meeting_[A-Za-z0-9+/=_-]+@thread\.v2/;

function decodedUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Teams' `meeting.id` is base64 of `0#<thread>#0`; anything else does not decode to a thread. */
function decodedBase64(text: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
}

/** The meeting thread named by a join link, a chat id or a meeting id; undefined if none. */
export function meetingThreadOf(text: string): string | undefined {
  const plain = THREAD.exec(decodedUri(text))?.[0];
  if (plain) return plain;
  const decoded = decodedBase64(text);
  return decoded === undefined ? undefined : THREAD.exec(decoded)?.[0];
}

/** The thread of the meeting the host has the app open in: its chat id, else its meeting id. */
export function threadOfHostMeeting(meeting: HostContext['meeting']): string | undefined {
  if (!meeting) return undefined;
  return [meeting.chatId, meeting.id]
    .map((id) => (id === undefined ? undefined : meetingThreadOf(id)))
    .find((thread) => thread !== undefined);
}

const startOf = (record: ConversationRecord): string => record.event?.start ?? record.heldAt ?? '';

/**
 * The conversation booked as this meeting. Every occurrence of a recurring series shares one
 * meeting (and one thread), so the open one that comes first wins (booked, or held with its
 * summary still to send); with none open, the latest held one, whose notes the meeting is about.
 * A cancelled conversation is never opened.
 */
export function conversationForMeeting(
  items: readonly ConversationRecord[],
  thread: string | undefined,
): ConversationRecord | undefined {
  if (thread === undefined) return undefined;
  const matching = items.filter(
    (c) =>
      c.state !== 'cancelled' &&
      c.event?.joinUrl !== undefined &&
      meetingThreadOf(c.event.joinUrl) === thread,
  );
  const open = matching
    .filter((c) => c.state === 'booked' || c.summarySentAt === undefined)
    .sort((a, b) => startOf(a).localeCompare(startOf(b)));
  if (open[0]) return open[0];
  return [...matching].sort((a, b) => startOf(b).localeCompare(startOf(a)))[0];
}
