import { useQuery } from '@tanstack/react-query';
import { useCareerMutation } from '../../../data/career-mutation';
import { useCareerApi } from '../../../data/career-api-context';

/** GET /hr/setup-health: the site, lists, columns, indexes and permissions, each with its fix. */
export function useSetupHealth() {
  const api = useCareerApi();
  return useQuery({ queryKey: ['hr', 'setup-health'], queryFn: () => api.setupHealth() });
}

/** GET /hr/aggregates: cadence health per department, small groups held back. */
export function useCadenceAggregates() {
  const api = useCareerApi();
  return useQuery({ queryKey: ['hr', 'aggregates'], queryFn: () => api.cadenceAggregates() });
}

/** DELETE /people/{id}?confirm={id}: a leaver's records, answered with a receipt. */
export function useErasePerson() {
  const api = useCareerApi();
  // Nothing the HR console shows is about one person.
  return useCareerMutation({
    mutationFn: (personId: string) => api.erasePerson(personId),
    invalidates: [],
  });
}
