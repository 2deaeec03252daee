import { useQueries, useQuery } from '@tanstack/react-query';
import type { ConversationRecord } from '../../../../adapters/career-api/career-api-client';
import { useCareerApi } from '../../../data/career-api-context';
import type { MeWithRoles } from '../../../data/use-me';
import { conversationsKey } from '../../../data/use-report-data';
import { teamOverviewQuery } from '../../../data/use-team-overview';
import { conversationForMeeting } from '../meeting-match';

/** The career conversation a meeting was booked as, and which side of it the caller is on. */
export type MeetingConversation =
  | { side: 'manager'; record: ConversationRecord; reportName: string }
  | { side: 'report'; record: ConversationRecord };

/** While someone reads their own panel, their manager's notes arrive without a reload. */
const OWN_NOTES_REFRESH_MS = 15_000;

/**
 * Finds the conversation booked as this meeting among the records the caller may read: their
 * own (as a report) and their current reports' (as a manager), through the same queries the
 * other screens use, so the panel and conversation mode share one cache. `data` is null when
 * the meeting is no career conversation of theirs.
 */
export function useMeetingConversation(thread: string | undefined, me: MeWithRoles, zone: string) {
  const api = useCareerApi();
  const inMeeting = thread !== undefined;
  const manages = me.roles.includes('manager');
  const team = useQuery({ ...teamOverviewQuery(api, zone), enabled: inMeeting && manages });
  const reports = team.data?.reports.map((r) => r.person) ?? [];
  const people = [
    ...(me.manager ? [{ id: me.userId, own: true }] : []),
    ...reports.map((person) => ({ id: person.id, own: false })),
  ];
  const lists = useQueries({
    queries: people.map(({ id, own }) => ({
      queryKey: conversationsKey(id),
      queryFn: () => api.conversations(id),
      enabled: inMeeting,
      ...(own ? { refetchInterval: OWN_NOTES_REFRESH_MS } : {}),
    })),
  });

  const record = conversationForMeeting(
    lists.flatMap((list) => list.data?.items ?? []),
    thread,
  );
  const found: MeetingConversation | undefined = !record
    ? undefined
    : record.reportId === me.userId
      ? { side: 'report', record }
      : {
          side: 'manager',
          record,
          reportName: reports.find((p) => p.id === record.reportId)?.displayName ?? 'Your report',
        };
  const pending = inMeeting && ((manages && team.isPending) || lists.some((l) => l.isPending));
  const error = team.error ?? lists.find((list) => list.error)?.error ?? null;
  return {
    data: found ?? (pending || (error && inMeeting) ? undefined : null),
    error: found ? null : error,
    isPending: pending,
    refetch: () => {
      void team.refetch();
      for (const list of lists) void list.refetch();
    },
  };
}
