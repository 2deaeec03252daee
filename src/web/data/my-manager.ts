import { useQuery } from '@tanstack/react-query';
import { useMyMicrosoft365 } from './microsoft-365-context';

/**
 * The person's manager as the directory has them, for names on the screen (null: none). Asked
 * only once `userId` is known and `enabled` (someone without a manager needs no request).
 */
export function useMyManager(userId: string, enabled = true) {
  const { directory } = useMyMicrosoft365();
  return useQuery({
    queryKey: ['me', 'manager', userId],
    queryFn: async () => (await directory.managerOf(userId)) ?? null,
    staleTime: 10 * 60_000,
    enabled: enabled && userId !== '',
  });
}
