import { useInfiniteQuery } from '@tanstack/react-query';
import { useCareerApi } from '../../../data/career-api-context';
import { useDirectoryPeople } from '../../../data/use-directory-people';
import { useMyManager } from '../../../data/my-manager';

export const accessLogKey = ['me', 'audit'] as const;

/**
 * GET /me/audit, newest first, a page at a time: "Show earlier" asks for the next with the
 * cursor the last page gave. The API writes what is queued before it answers, so the first page
 * already holds the reads made a moment ago.
 */
export function useAccessLog() {
  const api = useCareerApi();
  return useInfiniteQuery({
    queryKey: accessLogKey,
    queryFn: ({ pageParam }) =>
      api.auditTrail(pageParam === undefined ? {} : { cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.hasMore ? last.nextCursor : undefined),
  });
}

/**
 * Display names of the people who read, by directory id: the manager from the lookup My
 * development already made, anyone else from the directory. Someone the directory no longer
 * has (or not yet) is simply absent, and the screen says "Someone in your organisation".
 */
export function useReaderNames(
  userId: string,
  hasManager: boolean,
  readerIds: readonly string[],
): ReadonlyMap<string, string> {
  const manager = useMyManager(userId, hasManager);
  const managerId = manager.data?.id;
  const others = useDirectoryPeople(
    manager.isPending && hasManager ? [] : readerIds.filter((id) => id !== managerId),
  );
  const names = new Map<string, string>();
  // The directory's last resort for a nameless account is its id: not a name to show.
  for (const person of [manager.data, ...others.map((query) => query.data)]) {
    if (person && person.displayName !== person.id) names.set(person.id, person.displayName);
  }
  return names;
}
