import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCareerApi } from '../../../data/career-api-context';
import { agendaKey } from '../../../data/use-report-data';

/** POST /me/agenda: added for the manager the report has now. */
export function useAddAgendaItem(userId: string) {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.addAgendaItem(text),
    onSettled: () => queryClient.invalidateQueries({ queryKey: agendaKey(userId) }),
  });
}

/** DELETE /me/agenda/{id}: answers with the agenda as it is now. */
export function useRemoveAgendaItem(userId: string) {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => api.removeAgendaItem(itemId),
    onSuccess: (agenda) => {
      queryClient.setQueryData(agendaKey(userId), agenda);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: agendaKey(userId) }),
  });
}
