import { useQueries, useQuery } from '@tanstack/react-query';
import type { ConversationRecord } from '../../../../adapters/career-api/career-api-client';
import { useCareerApi } from '../../../data/career-api-context';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import type { MeWithRoles } from '../../../data/use-me';
import { conversationsKey } from '../../../data/use-report-data';
import { teamOverviewQuery } from '../../../data/use-team-overview';
import { conversationForMode } from '../../../data/conversation-for-mode';
import { conversationForMeeting, seriesMeetingFor, seriesWindow } from '../meeting-match';

/** The career conversation a meeting was booked as, and which side of it the caller is on. */
export type MeetingConversation =
  | { side: 'manager'; record: ConversationRecord; reportName: string }
  | { side: 'report'; record: ConversationRecord };

/** While someone reads their own panel, their manager's notes arrive without a reload. */
const OWN_NOTES_REFRESH_MS = 15_000;

/**
 * Finds the conversation booked as this meeting among the records the caller may read: their
 * own (as a report) and their current reports' (as a manager), through the same queries the
 * other screens use, so the panel and conversation mode share one cache. A manager's meeting
 * that no record names may be a later session of a report's series: then their own calendar, in
 * the series' weeks, says whose. `data` is null when the meeting is no career conversation of
 * theirs.
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

  const direct = conversationForMeeting(
    lists.flatMap((list) => list.data?.items ?? []),
    thread,
  );
  const listsPending = inMeeting && ((manages && team.isPending) || lists.some((l) => l.isPending));

  // Not the recorded meeting: perhaps a later session of a report's series (manager only: it
  // reads the manager's own calendar, which a report's panel never asks for).
  const { calendar } = useMyMicrosoft365();
  const reportItems = lists.flatMap((list, i) => (people[i]?.own ? [] : (list.data?.items ?? [])));
  const window = seriesWindow(reportItems);
  const lookInCalendar =
    thread !== undefined && manages && !listsPending && !direct && window !== undefined;
  const series = useQuery({
    queryKey: ['meeting-series', thread, window?.start, window?.end],
    queryFn: () => (window ? calendar.eventsBetween(window, zone) : Promise.resolve([])),
    enabled: lookInCalendar,
    staleTime: 60_000,
  });
  const seriesReport =
    thread !== undefined && series.data
      ? seriesMeetingFor(series.data, thread, reports)
      : undefined;
  const record =
    direct ??
    (seriesReport
      ? conversationForMode(reportItems.filter((c) => c.reportId === seriesReport.id))
      : undefined);

  const found: MeetingConversation | undefined = !record
    ? undefined
    : record.reportId === me.userId
      ? { side: 'report', record }
      : {
          side: 'manager',
          record,
          reportName: reports.find((p) => p.id === record.reportId)?.displayName ?? 'Your report',
        };
  const pending = listsPending || (lookInCalendar && series.isPending);
  const error =
    team.error ?? lists.find((list) => list.error)?.error ?? (lookInCalendar ? series.error : null);
  return {
    data: found ?? (pending || (error && inMeeting) ? undefined : null),
    error: found ? null : error,
    isPending: pending,
    refetch: () => {
      void team.refetch();
      for (const list of lists) void list.refetch();
      if (lookInCalendar) void series.refetch();
    },
  };
}
