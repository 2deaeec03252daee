import type { Calendar, CalendarEvent, Chat, Mailer } from '../../ports';
import type {
  AppLinkTarget,
  BookedEvent,
  BookingFormat,
  Interval,
  PromptDelivery,
  TimeZoneId,
  WorkingHours,
} from '../../../domain';
import { toIsoInstant } from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import type { RequeuedPrompt } from '../prompt/follow-the-series';
import { requeueQueuedPrompt } from '../prompt/follow-the-series';
import type { BookingCalendar } from './booking-calendar';
import type { BookingPeople } from './booking-people';
import type { SessionCheck } from './check-sessions';
import { allBookable, checkSessions, touchesOneOnOne } from './check-sessions';

export interface MoveSeriesInput {
  people: BookingPeople;
  format: BookingFormat;
  /** This quarter's sessions, in order, as the calendar has them now. */
  sessions: readonly CalendarEvent[];
  /** The new time of the first session: the others keep their distance from it. */
  to: Interval;
  recorded: BookedEvent;
  /** The queued reflection prompt, which follows the first session. */
  prompt?: PromptDelivery;
  zone: TimeZoneId;
  workingHours: WorkingHours;
  reportHours: WorkingHours;
  /** Read with the series' own sessions ignored, so they do not clash with themselves. */
  calendar: Pick<BookingCalendar, 'busy' | 'reportOffHours'>;
  now: Temporal.Instant;
  /** One per move: a retried move never queues the prompt twice. */
  key: string;
  appLinks?: AppLinkTarget;
}

export interface SeriesRecordChanges {
  event: BookedEvent;
  prompt?: PromptDelivery;
}

export type MoveSeriesResult =
  | { ok: false; checks: SessionCheck[] }
  | { ok: true; checks: SessionCheck[]; events: CalendarEvent[]; prompt: RequeuedPrompt };

const instant = (iso: string): Temporal.Instant => Temporal.Instant.from(iso);

/** Every session shifted by the first one's move, each as long as the new first one. */
export function seriesMovedTo(sessions: readonly Interval[], to: Interval): Interval[] {
  const first = sessions[0];
  if (!first) return [];
  const step = instant(first.start).until(instant(to.start));
  const length = instant(to.start).until(instant(to.end));
  return sessions.map((session) => {
    const start = instant(session.start).add(step);
    return { start: toIsoInstant(start), end: toIsoInstant(start.add(length)) };
  });
}

/** The moved series checked like a booking: every session free, in order, in working hours. */
export function checkSeriesMove(
  input: Omit<MoveSeriesInput, 'recorded' | 'prompt' | 'key' | 'appLinks'>,
): SessionCheck[] {
  return checkSessions({ ...input, sessions: seriesMovedTo(input.sessions, input.to) });
}

/**
 * Moves the series as one: this quarter's sessions shift together (later quarters keep their
 * time), the held reflection prompt is taken back and queued again for the new first session,
 * and the record gets both in one change. Attendees get the update from the calendar.
 */
export async function moveSeries(
  ports: {
    calendar: Calendar;
    mailer: Mailer;
    chat: Chat;
    updateRecord: (changes: SeriesRecordChanges) => Promise<void>;
  },
  input: MoveSeriesInput,
): Promise<MoveSeriesResult> {
  const checks = checkSeriesMove(input);
  if (!allBookable(checks)) return { ok: false, checks };
  const moved = seriesMovedTo(input.sessions, input.to);
  const events: CalendarEvent[] = [];
  for (const [index, session] of input.sessions.entries()) {
    const to = moved[index];
    if (!to) continue;
    events.push(await ports.calendar.updateEvent(session.id, { ...to, timeZone: input.zone }));
  }
  const first = events[0];
  if (!first) return { ok: false, checks };
  const prompt = await requeueQueuedPrompt(ports, {
    people: input.people,
    prompt: input.prompt,
    firstSessionStart: first.start,
    zone: input.zone,
    reportHours: input.reportHours,
    now: input.now,
    key: `${input.key}-prompt`,
    ...(input.appLinks === undefined ? {} : { appLinks: input.appLinks }),
  });
  await ports.updateRecord({
    event: {
      ...input.recorded,
      start: first.start,
      end: first.end,
      insideOneOnOne: touchesOneOnOne(checks),
    },
    ...(prompt.outcome === 'requeued' ? { prompt: prompt.prompt } : {}),
  });
  return { ok: true, checks, events, prompt };
}
