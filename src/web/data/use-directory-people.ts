import { useQueries, useQuery } from '@tanstack/react-query';
import type { Directory } from '../../app/ports';
import { useMyMicrosoft365 } from './microsoft-365-context';
import { reportKey } from './use-report-data';

/**
 * People as the directory has them right now (mail address and time zone included), read with
 * the manager's own delegated sign-in: invitations and prompts go to these addresses.
 */
export function useMePerson() {
  const { directory } = useMyMicrosoft365();
  return useQuery({
    queryKey: ['me-person'],
    queryFn: () => directory.me(),
    staleTime: Infinity,
  });
}

const directoryPersonQuery = (directory: Directory, personId: string) => ({
  queryKey: [...reportKey(personId), 'directory-person'],
  queryFn: () => directory.person(personId),
  staleTime: 10 * 60_000,
});

export function useDirectoryPerson(personId: string) {
  const { directory } = useMyMicrosoft365();
  return useQuery(directoryPersonQuery(directory, personId));
}

/** Several people at once, each its own query (cached like `useDirectoryPerson`). */
export function useDirectoryPeople(personIds: readonly string[]) {
  const { directory } = useMyMicrosoft365();
  return useQueries({ queries: personIds.map((id) => directoryPersonQuery(directory, id)) });
}
