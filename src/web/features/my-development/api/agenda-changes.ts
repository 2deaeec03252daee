import { useQueryClient } from '@tanstack/react-query';
import { useCareerMutation } from '../../../data/career-mutation';
import { useCareerApi } from '../../../data/career-api-context';
import { agendaKey } from '../../../data/use-report-data';

/** POST /me/agenda: added for the manager the report has now. */
export function useAddAgendaItem(userId: string) {
  const api = useCareerApi();
  return useCareerMutation({
    mutationFn: (text: string) => api.addAgendaItem(text),
    invalidates: [agendaKey(userId)],
  });
}

/** DELETE /me/agenda/{id}: answers with the agenda as it is now. */
export function useRemoveAgendaItem(userId: string) {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useCareerMutation({
    mutationFn: (itemId: string) => api.removeAgendaItem(itemId),
    invalidates: [agendaKey(userId)],
    onSaved: (agenda) => {
      queryClient.setQueryData(agendaKey(userId), agenda);
    },
  });
}
