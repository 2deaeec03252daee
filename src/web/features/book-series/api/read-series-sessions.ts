import { useQuery } from '@tanstack/react-query';
import type { ConversationRecord } from '../../../../adapters/career-api/career-api-client';
import type { BookingPeople } from '../../../../app/my-365/booking';
import { readBookingCalendar, readSeriesSessions } from '../../../../app/my-365/booking';
import type { Interval, TimeZoneId, WorkingHours } from '../../../../domain';
import { bookingWindow, Temporal } from '../../../../domain';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { reportKey } from '../../../data/use-report-data';

export const seriesSessionsKey = (reportId: string) =>
  [...reportKey(reportId), 'series-sessions'] as const;

/** The booked sessions as the manager's calendar has them now (moved in Outlook or here). */
export function useSeriesSessions(
  reportId: string,
  conversation: ConversationRecord | undefined,
  people: BookingPeople | undefined,
  zone: TimeZoneId,
) {
  const { calendar } = useMyMicrosoft365();
  const event = conversation?.event;
  return useQuery({
    queryKey: [...seriesSessionsKey(reportId), event?.eventId, event?.start],
    queryFn: () => {
      if (!event || !people) throw new Error('Nothing is booked yet.');
      return readSeriesSessions(calendar, event, people, zone);
    },
    enabled: event !== undefined && people !== undefined,
  });
}

/** How far ahead a session may be moved. */
const MOVE_HORIZON_DAYS = 90;

/**
 * Both calendars for moving the series: its own sessions are left out so they are no clash, and
 * both working weeks and the report's time away are read as for a new booking (Outlook's, else the
 * assumed hours), so the move is checked against them.
 */
export function useMoveCalendar(
  reportId: string,
  people: BookingPeople,
  sessions: readonly (Interval & { id: string })[],
  zone: TimeZoneId,
  hours: { workingHours: WorkingHours; reportHours: WorkingHours },
) {
  const { calendar } = useMyMicrosoft365();
  const { workingHours, reportHours } = hours;
  const ids = sessions.map((s) => `${s.id}@${s.start}`);
  return useQuery({
    queryKey: [...reportKey(reportId), 'move-calendar', ids, workingHours, reportHours],
    queryFn: () => {
      const window = bookingWindow({
        now: Temporal.Now.instant(),
        zone,
        horizonDays: MOVE_HORIZON_DAYS,
      });
      if (!window.ok) throw new Error(window.errors.map((e) => e.message).join(' '));
      return readBookingCalendar(calendar, {
        people,
        window: window.value,
        zone,
        workingHours,
        reportHours,
        ignore: sessions,
      });
    },
    staleTime: 60_000,
  });
}
