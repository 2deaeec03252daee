import { useQuery } from '@tanstack/react-query';
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

export function useDirectoryPerson(personId: string) {
  const { directory } = useMyMicrosoft365();
  return useQuery({
    queryKey: [...reportKey(personId), 'directory-person'],
    queryFn: () => directory.person(personId),
    staleTime: 10 * 60_000,
  });
}
