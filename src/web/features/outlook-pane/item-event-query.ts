import { queryOptions } from '@tanstack/react-query';
import type { OutlookItem } from '../../host/outlook-item';

/**
 * The open item's event id, for finding the booked conversation it is: `null` for a mail, which
 * has none (a query may not answer `undefined`; TanStack Query counts that as a failure).
 */
export const itemEventQuery = (item: Pick<OutlookItem, 'eventId'>) =>
  queryOptions({
    queryKey: ['outlook-item', 'event-id'] as const,
    queryFn: async (): Promise<string | null> => (await item.eventId()) ?? null,
  });
