import { useCallback } from 'react';
import type { ConversationRecord } from '../../adapters/career-api/career-api-client';
import { recordRepeatedNext } from '../../app/my-365/follow-through';
import { systemClock } from '../../domain';
import { toHistory } from '../shared/follow-through-state';
import { recordBookedFor } from './book-next-conversation';
import { useCareerApi } from './career-api-context';
import { useMyMicrosoft365 } from './microsoft-365-context';

/**
 * After "held": next quarter's occurrence the series' repeat holds goes on record, so the team
 * overview shows the next conversation Close shows. Safe to repeat (the use case reads the
 * record first).
 */
export function useRecordRepeatedNext(): (held: ConversationRecord) => Promise<void> {
  const api = useCareerApi();
  const { calendar, directory } = useMyMicrosoft365();
  return useCallback(
    async (held) => {
      if (held.event?.seriesId === undefined) return;
      const [manager, report] = await Promise.all([
        directory.me(),
        directory.person(held.reportId),
      ]);
      await recordRepeatedNext(
        {
          calendar,
          clock: systemClock,
          recordBooked: recordBookedFor(api, held.reportId),
          recordedConversations: async () => (await api.conversations(held.reportId)).items,
        },
        {
          history: toHistory({ report, managerId: held.managerId, conversations: [held] }),
          held,
          zone: manager.timeZone ?? 'UTC',
        },
      );
    },
    [api, calendar, directory],
  );
}

/**
 * "Held" is on record whatever happens here: a failure must not turn it into an error the
 * manager would retry against a record that already changed. Close still offers "Book it here".
 */
export async function recordNextQuietly(
  recordNext: (held: ConversationRecord) => Promise<void>,
  held: ConversationRecord,
): Promise<void> {
  try {
    await recordNext(held);
  } catch {
    // Left to Close's "Book it here", which adopts the same occurrence.
  }
}
