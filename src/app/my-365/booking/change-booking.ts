import type { Calendar, CalendarEvent, Mailer } from '../../ports';
import { isPortError } from '../../ports';
import type { BookedEvent, PromptDelivery } from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import type { PromptRecall } from '../prompt/follow-the-series';
import { recallQueuedPrompt } from '../prompt/follow-the-series';

async function cancelIfThere(calendar: Calendar, id: string, comment: string): Promise<void> {
  try {
    await calendar.cancelEvent(id, comment);
  } catch (error) {
    // Already gone (cancelled before a retry, or deleted in Outlook): that is the wanted state.
    if (!isPortError(error, 'not-found')) throw error;
  }
}

/** What a cancel or an early hold did to the queued prompt, and the prompt to record. */
export interface SeriesEnded {
  prompt: PromptRecall;
  recalledPrompt?: PromptDelivery;
}

/**
 * Cancels the booked conversation as one: every session's quarterly series (so later quarters
 * go too), a session booked without one, and the held reflection prompt; then the record, with
 * the prompt marked recalled. Attendees are told by the calendar, with the manager's message.
 */
export async function cancelBooking(
  ports: {
    calendar: Calendar;
    mailer: Mailer;
    markCancelled: (recalledPrompt?: PromptDelivery) => Promise<void>;
  },
  input: {
    recorded: BookedEvent;
    sessions: readonly CalendarEvent[];
    comment: string;
    prompt?: PromptDelivery;
    now: Temporal.Instant;
  },
): Promise<SeriesEnded> {
  const { recorded, sessions, comment } = input;
  const ids = new Set([recorded.seriesId ?? recorded.eventId]);
  for (const session of sessions) ids.add(session.seriesMasterId ?? session.id);
  for (const id of ids) await cancelIfThere(ports.calendar, id, comment);
  const recalled = await recallQueuedPrompt(ports.mailer, input.prompt, input.now);
  await ports.markCancelled(recalled.prompt);
  return {
    prompt: recalled.outcome,
    ...(recalled.prompt ? { recalledPrompt: recalled.prompt } : {}),
  };
}

/**
 * Held before the series ran its course (all three phases in one sitting): this quarter's
 * sessions still ahead are cancelled (the quarterly repeat stays), and the held prompt is taken
 * back, so nothing about a finished conversation still arrives.
 */
export async function closeSeriesEarly(
  ports: { calendar: Calendar; mailer: Mailer },
  input: {
    sessions: readonly CalendarEvent[];
    prompt?: PromptDelivery;
    now: Temporal.Instant;
    comment: string;
  },
): Promise<SeriesEnded> {
  const ahead = input.sessions.filter(
    (s) => Temporal.Instant.compare(Temporal.Instant.from(s.start), input.now) > 0,
  );
  for (const session of ahead) await cancelIfThere(ports.calendar, session.id, input.comment);
  const recalled = await recallQueuedPrompt(ports.mailer, input.prompt, input.now);
  return {
    prompt: recalled.outcome,
    ...(recalled.prompt ? { recalledPrompt: recalled.prompt } : {}),
  };
}
