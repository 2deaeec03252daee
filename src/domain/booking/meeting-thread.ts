import type { BookedEvent } from '../model/conversation';

/**
 * A Teams meeting's chat thread, `19:meeting_<base64>@thread.v2`: the one id that the meeting's
 * join link (Graph's `onlineMeeting.joinUrl`), the meeting chat's id and Teams' `meeting.id` all
 * carry.
 */
export const MEETING_THREAD = /19:meeting_[A-Za-z0-9+/=_-]+@thread\.v2/;

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
  const plain = MEETING_THREAD.exec(decodedUri(text))?.[0];
  if (plain) return plain;
  const decoded = decodedBase64(text);
  return decoded === undefined ? undefined : MEETING_THREAD.exec(decoded)?.[0];
}

/**
 * Every Teams meeting a booked conversation is held in: the threads stored at booking (one per
 * session; sessions 2 and 3 of a three-session booking are meetings of their own), and the join
 * link's, which is all a record booked before the threads were kept has.
 */
export function meetingThreadsOf(event: BookedEvent | undefined): string[] {
  if (!event) return [];
  const linked = event.joinUrl === undefined ? undefined : meetingThreadOf(event.joinUrl);
  return [...new Set([...(linked === undefined ? [] : [linked]), ...(event.meetingThreads ?? [])])];
}
