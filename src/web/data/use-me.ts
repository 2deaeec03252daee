import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../adapters/career-api/career-api-client';
import { decideHomeRoles, type HomeRoles } from '../../domain/access';
import { useCareerApi } from './career-api-context';

export const meKey = ['me', 'career-api'] as const;

export type MeWithRoles = Me & HomeRoles;

/**
 * Who the career API sees the signed-in person as, with the homes that follows: the HR role from
 * the token, manager and report from the live directory. Read once a few minutes, so a new first
 * report makes a new manager's team appear without signing out.
 */
export function useMe() {
  const api = useCareerApi();
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<MeWithRoles> => {
      const me = await api.me();
      const roles = decideHomeRoles({
        isHrAdmin: me.isHrAdmin,
        hasDirectReports: me.hasDirectReports,
        hasManager: me.manager !== undefined,
      });
      return { ...me, ...roles };
    },
    staleTime: 5 * 60_000,
  });
}
