import { useQuery } from '@tanstack/react-query';
import { useCareerApi } from '../../../data/career-api-context';
import { useCareerMutation } from '../../../data/career-mutation';

export const consentsKey = ['me', 'consents'] as const;

/** GET /me/consents: every consent the person gave, revoked ones included. */
export function useHistoryConsents() {
  const api = useCareerApi();
  return useQuery({ queryKey: consentsKey, queryFn: () => api.consents() });
}

/** POST /me/consents: the current manager may then read what was recorded before them. */
export function useGrantConsent() {
  const api = useCareerApi();
  return useCareerMutation({
    mutationFn: (managerId: string) => api.grantConsent(managerId),
    invalidates: [consentsKey],
  });
}

/** POST /me/consents/{id}/revoke with If-Match: from now on, the history is theirs alone again. */
export function useRevokeConsent() {
  const api = useCareerApi();
  return useCareerMutation({
    mutationFn: ({ consentId, etag }: { consentId: string; etag: string }) =>
      api.revokeConsent(consentId, etag),
    invalidates: [consentsKey],
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
  return useCareerMutation({
    mutationFn: ({ requestId, answer }: { requestId: string; answer: 'share' | 'decline' }) =>
      api.answerHistoryRequest(requestId, answer),
    invalidates: [myHistoryRequestsKey, consentsKey],
  });
}
