import { useCallback } from 'react';
import type { ConversationRecord } from '../../adapters/career-api/career-api-client';
import type { SeriesEnded } from '../../app/my-365/booking';
import { closeSeriesEarly, readSeriesSessions } from '../../app/my-365/booking';
import { Temporal } from '../../domain';
import { useMyMicrosoft365 } from './microsoft-365-context';

/** True while the conversation's first booked session is still ahead: "held" would be early. */
export function heldWouldBeEarly(record: ConversationRecord, now: Temporal.Instant): boolean {
  const start = record.event?.start;
  return start !== undefined && Temporal.Instant.compare(Temporal.Instant.from(start), now) > 0;
}

const EARLY_COMMENT = 'We already had the whole conversation, so this session is no longer needed.';

/**
 * For a conversation held before its series ran its course: cancels this quarter's sessions
 * still ahead in both calendars (the quarterly repeat stays) and takes back the held prompt.
 * Safe to repeat: what is already gone stays gone.
 */
export function useEndSeriesEarly(): (record: ConversationRecord) => Promise<SeriesEnded> {
  const { calendar, mailer, directory } = useMyMicrosoft365();
  return useCallback(
    async (record) => {
      const now = Temporal.Now.instant();
      const event = record.event;
      if (!event) return { prompt: 'none' };
      const [manager, report] = await Promise.all([
        directory.me(),
        directory.person(record.reportId),
      ]);
      const zone = manager.timeZone ?? 'UTC';
      const sessions = await readSeriesSessions(calendar, event, { manager, report }, zone);
      return closeSeriesEarly(
        { calendar, mailer },
        {
          sessions,
          ...(record.prompt ? { prompt: record.prompt } : {}),
          now,
          comment: EARLY_COMMENT,
        },
      );
    },
    [calendar, mailer, directory],
  );
}
