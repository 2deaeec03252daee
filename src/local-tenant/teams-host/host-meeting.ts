import type { TenantContext } from '../core/context';
import { threadOfJoinUrl } from '../graph/calendar/event-body';
import { parseEventId } from '../graph/calendar/event-ids';
import { calendarStateOf } from '../graph/calendar/state';
import {
  hostMeetingOf,
  UNNAMED_MEETING_THREAD,
  type HostFrame,
  type HostMeeting,
} from './protocol';

type Refused = { ok: false; message: string };
export type HostMeetingResult = { ok: true; meeting: HostMeeting | undefined } | Refused;

const refused = (message: string): Refused => ({ ok: false, message });

/** The thread of a calendar event's Teams meeting: any attendee's copy names the same one. */
function threadOfEvent(ctx: TenantContext, id: string): string | Refused {
  const parts = parseEventId(id);
  if (!parts) return refused(`meeting: '${id}' is not an event id or a join link.`);
  const event = calendarStateOf(ctx.store.state.features).events.find(
    (candidate) => candidate.ownerId === parts.ownerId && candidate.key === parts.key,
  );
  if (!event) return refused(`meeting: no event '${id}' in the tenant.`);
  if (event.joinUrl === null) return refused('meeting: that event is not a Teams meeting.');
  return threadOfJoinUrl(event.joinUrl) ?? refused('meeting: its join link names no thread.');
}

/**
 * The meeting a side panel or a configuration page opens in, from the address's `meeting`: a
 * calendar event's id (either person's copy) or its Teams join link. Without one, a meeting of
 * the host's own that no career conversation is booked as; outside a meeting frame, none.
 */
export function hostMeetingFor(
  ctx: TenantContext,
  frame: HostFrame,
  wanted: string | null,
): HostMeetingResult {
  if (frame === 'tab') {
    return wanted === null
      ? { ok: true, meeting: undefined }
      : refused('meeting is for frame=side-panel or frame=config.');
  }
  if (wanted === null) return { ok: true, meeting: hostMeetingOf(UNNAMED_MEETING_THREAD) };
  const thread = /^https:/i.test(wanted)
    ? (threadOfJoinUrl(wanted) ?? refused('meeting: not a Teams join link.'))
    : threadOfEvent(ctx, wanted);
  return typeof thread === 'string' ? { ok: true, meeting: hostMeetingOf(thread) } : thread;
}
