import { useQuery } from '@tanstack/react-query';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';

export const mePersonKey = ['me', 'person'] as const;

/** The signed-in manager as the directory has them: name and mail for the meeting invitation. */
export function useMePerson() {
  const { directory } = useMyMicrosoft365();
  return useQuery({ queryKey: mePersonKey, queryFn: () => directory.me(), staleTime: 30 * 60_000 });
}
