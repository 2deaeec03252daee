import {
  useMutation,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { isPortError, PortError } from '../../app/ports/port-error';
import { TEAM_OVERVIEWS } from './use-team-overview';
import { reportKey } from './use-report-data';

/** What every screen says after a 412, once it shows the latest version. */
export const CONFLICT_RELOADED =
  'Someone else changed this meanwhile. The latest version is shown now: check it, then try again.';

export interface CareerMutation<Vars, Data> {
  mutationFn: (vars: Vars) => Promise<Data>;
  /** The queries the change makes stale (exported keys): refetched before it settles. */
  invalidates: readonly QueryKey[];
  /** Refetched behind it, not waited for (the whole team's overview). */
  background?: readonly QueryKey[];
  /** The answer put in the cache or told to the screen, before the refetch replaces the view. */
  onSaved?: (data: Data, vars: Vars) => void;
  /**
   * For a change that is safe to make on whatever version is current (ticking a commitment done):
   * how to make it again after a 412. Anything else is never re-applied over someone's change.
   */
  retryOnConflict?: (vars: Vars) => Promise<Data>;
}

/**
 * A change to a report's records: that report is read again (waited for, unless the screen shows
 * the answer already: `behind`), the team overview behind it.
 */
export const refreshesReport = (reportId: string, behind = false) =>
  behind
    ? { invalidates: [], background: [reportKey(reportId), TEAM_OVERVIEWS] }
    : { invalidates: [reportKey(reportId)], background: [TEAM_OVERVIEWS] };

/**
 * One policy for every change: the queries it touched are refetched whether it worked or not
 * (the button stays busy until the screen shows the new state), and a 412 is answered the same
 * way everywhere: the latest version is loaded first, then the screen hears `conflict` with
 * one message, so nothing is ever overwritten and nobody is left looking at a stale copy.
 */
export function careerMutationOptions<Vars, Data>(
  queryClient: QueryClient,
  options: CareerMutation<Vars, Data>,
): MutationOptions<Data, Error, Vars> {
  const refresh = async () => {
    for (const queryKey of options.background ?? []) {
      void queryClient.invalidateQueries({ queryKey });
    }
    await Promise.all(
      options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
  const attempt = async (vars: Vars): Promise<Data> => {
    try {
      return await options.mutationFn(vars);
    } catch (error) {
      if (!isPortError(error, 'conflict') || options.retryOnConflict === undefined) throw error;
      return options.retryOnConflict(vars);
    }
  };
  return {
    mutationFn: async (vars) => {
      let data: Data;
      try {
        data = await attempt(vars);
      } catch (error) {
        // A service that is down would keep the error waiting on refetches that fail too.
        if (!isPortError(error, 'conflict')) {
          void refresh();
          throw error;
        }
        await refresh();
        throw new PortError('conflict', CONFLICT_RELOADED, { cause: error });
      }
      options.onSaved?.(data, vars);
      await refresh();
      return data;
    },
  };
}

export function useCareerMutation<Vars, Data>(options: CareerMutation<Vars, Data>) {
  const queryClient = useQueryClient();
  return useMutation(careerMutationOptions(queryClient, options));
}
