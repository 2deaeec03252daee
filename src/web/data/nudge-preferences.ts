import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { NudgeKind } from '../../domain';
import { useCareerApi } from './career-api-context';
import { useCareerMutation } from './career-mutation';

const NUDGES_KEY = ['me', 'nudges'] as const;

/** GET /me/nudges: every kind of Teams nudge, on or off for the signed-in person. */
export function useNudgePreferences() {
  const api = useCareerApi();
  return useQuery({ queryKey: NUDGES_KEY, queryFn: () => api.nudgePreferences() });
}

/** PUT /me/nudges: the person's whole choice, answered with it as saved. */
export function useSetNudgePreferences() {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useCareerMutation({
    mutationFn: (switchedOff: readonly NudgeKind[]) => api.setNudgePreferences(switchedOff),
    // The answer is the whole choice as saved: nothing to read again.
    invalidates: [],
    onSaved: (saved) => {
      queryClient.setQueryData(NUDGES_KEY, saved);
    },
  });
}
