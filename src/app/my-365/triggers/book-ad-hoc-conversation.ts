import {
  composeInvitation,
  type BookedEvent,
  type Interval,
  type Person,
  type TimeZoneId,
  type TriggerId,
} from '../../../domain';
import type { Calendar, CalendarEvent } from '../../ports';

/** What the career API is asked to record: an ad hoc conversation, booked, naming its trigger. */
export interface AdHocConversationBody {
  kind: 'ad-hoc';
  trigger: TriggerId;
  state: 'booked';
  event: BookedEvent;
}

export interface BookAdHocPorts {
  calendar: Pick<Calendar, 'createEvent'>;
  recordConversation: (body: AdHocConversationBody) => Promise<unknown>;
}

export interface BookAdHocInput {
  manager: Person;
  report: Person;
  trigger: TriggerId;
  /** The logged trigger the conversation answers: it keys the booking, so a retry books once. */
  triggerLogId: string;
  slot: Interval;
  /** The manager's zone: the meeting is created and shown in it. */
  zone: TimeZoneId;
  /** The manager's own invitation wording; the playbook's when absent. */
  wording?: string;
}

export interface BookedAdHoc {
  event: CalendarEvent;
  conversation: BookedEvent;
}

/** The API accepts only https join links; anything else is left off rather than refused. */
const httpsOnly = (url: string | undefined): string | undefined =>
  url?.startsWith('https://') ? url : undefined;

/**
 * Books the ad hoc conversation a trigger calls for: a real meeting with a Teams link in the
 * manager's calendar, inviting the report, then the shared record. The invitation never names
 * the trigger: the person sees "a career conversation", not what prompted it. A retry after a
 * failed record finds the same meeting (same idempotency key) instead of booking a second one.
 */
export async function bookAdHocConversation(
  ports: BookAdHocPorts,
  input: BookAdHocInput,
): Promise<BookedAdHoc> {
  const invitation = composeInvitation({
    manager: input.manager,
    report: input.report,
    ...(input.wording === undefined ? {} : { wording: input.wording }),
    sessions: [{ start: input.slot.start, end: input.slot.end, phase: 'all-three' }],
    zone: input.report.timeZone ?? input.zone,
  });
  const event = await ports.calendar.createEvent({
    title: invitation.subject,
    start: input.slot.start,
    end: input.slot.end,
    timeZone: input.zone,
    attendees: [{ email: input.report.mail, name: input.report.displayName }],
    bodyHtml: invitation.html,
    onlineMeeting: true,
    idempotencyKey: `ad-hoc:${input.triggerLogId}:${input.slot.start}`,
  });
  const joinUrl = httpsOnly(event.joinUrl);
  const conversation: BookedEvent = {
    eventId: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    ...(joinUrl === undefined ? {} : { joinUrl }),
    insideOneOnOne: false,
  };
  await ports.recordConversation({
    kind: 'ad-hoc',
    trigger: input.trigger,
    state: 'booked',
    event: conversation,
  });
  return { event, conversation };
}
