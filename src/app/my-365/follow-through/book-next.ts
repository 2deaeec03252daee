import {
  composeInvitation,
  planBooking,
  Temporal,
  toIsoInstant,
  type BookedEvent,
  type BusyInterval,
  type Clock,
  type ConversationRecord,
  type Person,
  type Proposal,
  type ReportHistory,
  type TimeZoneId,
  type WorkingHours,
} from '../../../domain';
import { PortError, type Calendar, type CalendarEvent } from '../../ports';
import { toPortRecurrence } from '../booking/series-events';
import { ASSUMED_WORKING_HOURS } from '../../../domain';
import { conversationTime, nextConversationState } from './next-conversation';
import { linksTo } from '../links-to';
import type { AppLinkTarget } from '../../../domain';

/** Look for a time from a week before the due date; widen once if the weeks are full. */
const LEAD_DAYS = 7;
const HORIZONS = [21, 42] as const;
/** An occurrence of the quarterly series this far either side of the due date is "the next one". */
const SERIES_SLACK_DAYS = 45;

export interface BookNextPorts {
  /** The manager's calendar: the meeting is theirs, with the report invited. */
  calendar: Calendar;
  /** Records the booked full conversation on the shared record. */
  recordBooked(event: BookedEvent): Promise<ConversationRecord>;
  clock: Clock;
}

export interface BookNextInput {
  history: ReportHistory;
  /**
   * The conversation being followed through; absent outside a close (the Outlook task pane),
   * where the next conversation is the one the cadence says is due.
   */
  closing?: ConversationRecord;
  manager: Person;
  report: Person;
  zone: TimeZoneId;
  hours?: WorkingHours;
  /** Where the app runs, so the mail links back into it; no link when absent. */
  appLinks?: AppLinkTarget;
}

export type BookNextOutcome =
  /** A later full conversation was already recorded: nothing new was booked. */
  | { source: 'existing'; conversation: ConversationRecord }
  /** The quarterly series already held the next occurrence: recorded, no new event. */
  | { source: 'series'; conversation: ConversationRecord }
  | { source: 'booked'; conversation: ConversationRecord };

export const nextConversationKey = (closingId: string): string => `next-conversation:${closingId}`;

/** Outside a close: one booking per report and due date, however often it is retried. */
const dueConversationKey = (reportId: string, dueBy: string): string =>
  `next-conversation:${reportId}:${dueBy}`;

/** The full conversation whose quarterly series the next one may already be part of. */
function seriesAnchor(
  input: Pick<BookNextInput, 'history' | 'closing'>,
): ConversationRecord | undefined {
  if (input.closing) return input.closing;
  return input.history.conversations
    .filter((c) => c.kind === 'full' && c.event !== undefined)
    .sort((a, b) => (b.event?.start ?? '').localeCompare(a.event?.start ?? ''))[0];
}

function toBookedEvent(event: CalendarEvent, seriesId: string | undefined): BookedEvent {
  return {
    eventId: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    ...(seriesId === undefined ? {} : { seriesId }),
    // The shared record only keeps https join links (what Teams hands out).
    ...(event.joinUrl?.startsWith('https://') ? { joinUrl: event.joinUrl } : {}),
  };
}

async function occurrenceInSeries(
  ports: Pick<BookNextPorts, 'calendar' | 'clock'>,
  input: Pick<BookNextInput, 'history' | 'closing' | 'zone'>,
  dueBy: Temporal.PlainDate,
): Promise<CalendarEvent | undefined> {
  const anchor = seriesAnchor(input);
  const event = anchor?.event;
  const seriesIds = new Set([event?.seriesId, event?.eventId].filter((id) => id !== undefined));
  if (seriesIds.size === 0) return undefined;
  const edge = (days: number) =>
    toIsoInstant(dueBy.add({ days }).toZonedDateTime({ timeZone: input.zone }).toInstant());
  const events = await ports.calendar.eventsBetween(
    { start: edge(-SERIES_SLACK_DAYS), end: edge(SERIES_SLACK_DAYS) },
    input.zone,
  );
  const after = Temporal.Instant.from(
    (anchor && conversationTime(anchor)) ?? toIsoInstant(ports.clock.now()),
  );
  return events
    .filter(
      (e) =>
        !e.isCancelled &&
        e.seriesMasterId !== undefined &&
        seriesIds.has(e.seriesMasterId) &&
        Temporal.Instant.compare(Temporal.Instant.from(e.start), after) > 0,
    )
    .sort((a, b) => a.start.localeCompare(b.start))[0];
}

/**
 * The next conversation the quarterly repeat already holds in the calendar (read, not yet
 * recorded), so Close can say it is booked instead of "Not yet". None when one is recorded.
 */
export async function readRepeatedNext(
  calendar: Calendar,
  input: Pick<BookNextInput, 'history' | 'closing' | 'zone'> & { now: Temporal.Instant },
): Promise<CalendarEvent | undefined> {
  const state = nextConversationState(input.history, input.closing, input.now, input.zone);
  if (state.booked) return undefined;
  const clock = { now: () => input.now };
  return occurrenceInSeries({ calendar, clock }, input, Temporal.PlainDate.from(state.dueBy));
}

/**
 * The history with the repeat's occurrence as a booked full conversation, so every screen (the
 * next-conversation section, the after-checklist) says the same about it. Recorded for real when
 * the manager confirms it ("Book the next conversation" adopts the occurrence).
 */
export function withRepeatedNext(
  history: ReportHistory,
  repeat: CalendarEvent | undefined,
): ReportHistory {
  const anchor = history.conversations.find((c) => c.event?.seriesId === repeat?.seriesMasterId);
  if (!repeat || !anchor) return history;
  const provisional: ConversationRecord = {
    id: `repeat:${repeat.id}`,
    reportId: anchor.reportId,
    managerId: anchor.managerId,
    kind: 'full',
    state: 'booked',
    event: toBookedEvent(repeat, repeat.seriesMasterId),
    rescheduleCount: 0,
    phasesReached: [],
    aspirationRecorded: false,
    sharedNotes: '',
    manualTicks: [],
  };
  return { ...history, conversations: [...history.conversations, provisional] };
}

async function proposeSlot(
  ports: BookNextPorts,
  input: BookNextInput,
  dueBy: Temporal.PlainDate,
): Promise<Proposal> {
  const now = ports.clock.now();
  const tomorrow = now.toZonedDateTimeISO(input.zone).toPlainDate().add({ days: 1 });
  const lead = dueBy.subtract({ days: LEAD_DAYS });
  const earliest = Temporal.PlainDate.compare(lead, tomorrow) > 0 ? lead : tomorrow;
  const emails = [input.manager.mail, input.report.mail];
  let reason = 'No time is free for both of you.';
  for (const horizonDays of HORIZONS) {
    const start = earliest.toZonedDateTime({ timeZone: input.zone }).toInstant();
    const range = {
      start: toIsoInstant(start),
      end: toIsoInstant(
        earliest.add({ days: horizonDays }).toZonedDateTime({ timeZone: input.zone }).toInstant(),
      ),
    };
    const busyByPerson = await ports.calendar.busyTimes(emails, range, input.zone);
    const busy: BusyInterval[] = [...busyByPerson.values()]
      .flat()
      .filter((block) => block.status !== 'workingElsewhere')
      .map((block) => ({ start: block.start, end: block.end, kind: 'busy' }));
    const plan = planBooking({
      now,
      zone: input.zone,
      workingHours: input.hours ?? ASSUMED_WORKING_HOURS,
      busy,
      format: 'single-90',
      earliest: earliest.toString(),
      horizonDays,
      maxProposals: 1,
    });
    if (plan.ok && plan.proposals[0]) return plan.proposals[0];
    if (!plan.ok && plan.errors[0]) reason = plan.errors[0].message;
  }
  throw new PortError('invalid', reason);
}

/**
 * The next conversation as far as it is already settled: the one on record, or else the
 * occurrence the quarterly series holds, now recorded. None when neither is there.
 */
async function keepOrAdoptNext(
  ports: BookNextPorts,
  input: Pick<BookNextInput, 'history' | 'closing' | 'zone'>,
): Promise<BookNextOutcome | undefined> {
  const state = nextConversationState(input.history, input.closing, ports.clock.now(), input.zone);
  if (state.booked) return { source: 'existing', conversation: state.booked };
  const occurrence = await occurrenceInSeries(ports, input, Temporal.PlainDate.from(state.dueBy));
  if (!occurrence) return undefined;
  const conversation = await ports.recordBooked(
    toBookedEvent(occurrence, occurrence.seriesMasterId),
  );
  return { source: 'series', conversation };
}

export interface RecordRepeatedNextPorts extends BookNextPorts {
  /**
   * The report's conversations as recorded now: the screen's history may predate a first
   * "held", and what that recorded must be found so it is never recorded twice.
   */
  recordedConversations(): Promise<ConversationRecord[]>;
}

/**
 * Once the series is marked held, next quarter's occurrence that its repeat already holds goes on
 * record as the booked next conversation, so the team overview says what Close says. Sessions
 * of this quarter cancelled by an early "held" do not matter: only later occurrences count.
 * Nothing is recorded without a repeat, and nothing twice (held again, or "Book it here" after).
 */
export async function recordRepeatedNext(
  ports: RecordRepeatedNextPorts,
  input: { history: ReportHistory; held: ConversationRecord; zone: TimeZoneId },
): Promise<BookNextOutcome | undefined> {
  if (input.held.event?.seriesId === undefined) return undefined;
  const conversations = await ports.recordedConversations();
  return keepOrAdoptNext(ports, {
    history: { ...input.history, conversations },
    closing: input.held,
    zone: input.zone,
  });
}

/**
 * "Booked the next career conversation": a full conversation a quarter after this one, as a
 * Teams meeting in both calendars that recurs quarterly ("Book it now. Put it in the calendar as
 * a recurring quarterly session"), recorded on the shared record. Nothing is booked twice: an
 * already recorded next conversation is kept, an occurrence the quarterly series already holds
 * is recorded as it is, and a retried booking finds its event by the idempotency key.
 */
export async function bookNextConversation(
  ports: BookNextPorts,
  input: BookNextInput,
): Promise<BookNextOutcome> {
  const kept = await keepOrAdoptNext(ports, input);
  if (kept) return kept;
  const state = nextConversationState(input.history, input.closing, ports.clock.now(), input.zone);

  const proposal = await proposeSlot(ports, input, Temporal.PlainDate.from(state.dueBy));
  const session = proposal.sessions[0];
  if (!session) throw new PortError('invalid', 'No time is free for both of you.');
  const invitation = composeInvitation({
    manager: input.manager,
    report: input.report,
    sessions: [{ start: session.start, end: session.end, phase: 'all-three' }],
    zone: input.report.timeZone ?? input.zone,
    ...linksTo(input.appLinks, { page: 'contract', reportId: input.report.id }),
  });
  const event = await ports.calendar.createEvent({
    title: `Career conversation (${input.report.displayName} and ${input.manager.displayName})`,
    start: session.start,
    end: session.end,
    timeZone: input.zone,
    attendees: [{ email: input.report.mail, name: input.report.displayName }],
    bodyHtml: invitation.html,
    onlineMeeting: true,
    recurrence: toPortRecurrence(proposal.recurrence),
    idempotencyKey: input.closing
      ? nextConversationKey(input.closing.id)
      : dueConversationKey(input.report.id, state.dueBy),
  });
  // A recurring master is its own series: next quarter's occurrence is found through its id.
  const conversation = await ports.recordBooked(toBookedEvent(event, event.id));
  return { source: 'booked', conversation };
}
