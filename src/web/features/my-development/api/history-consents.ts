import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCareerApi } from '../../../data/career-api-context';

export const consentsKey = ['me', 'consents'] as const;

/** GET /me/consents: every consent the person gave, revoked ones included. */
export function useHistoryConsents() {
  const api = useCareerApi();
  return useQuery({ queryKey: consentsKey, queryFn: () => api.consents() });
}

/** POST /me/consents: the current manager may then read what was recorded before them. */
export function useGrantConsent() {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (managerId: string) => api.grantConsent(managerId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consentsKey }),
  });
}

/** POST /me/consents/{id}/revoke with If-Match: from now on, the history is theirs alone again. */
export function useRevokeConsent() {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, etag }: { consentId: string; etag: string }) =>
      api.revokeConsent(consentId, etag),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consentsKey }),
  });
}

export const myHistoryRequestsKey = ['me', 'history-requests'] as const;

/** GET /me/history-requests: managers' requests to read your earlier history. */
export function useMyHistoryRequests() {
  const api = useCareerApi();
  return useQuery({ queryKey: myHistoryRequestsKey, queryFn: () => api.myHistoryRequests() });
}

/** POST /me/history-requests/{id}/answer: sharing gives the consent, so both lists change. */
export function useAnswerHistoryRequest() {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, answer }: { requestId: string; answer: 'share' | 'decline' }) =>
      api.answerHistoryRequest(requestId, answer),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: myHistoryRequestsKey }),
        queryClient.invalidateQueries({ queryKey: consentsKey }),
      ]),
  });
}
