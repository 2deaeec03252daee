import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ConversationList,
  ConversationRecord,
} from '../../../../adapters/career-api/career-api-client';
import {
  recordReviewStep,
  type ReviewStep,
} from '../../../../app/use-cases/contract/record-review-step';
import { useCareerApi } from '../../../data/career-api-context';
import { conversationsKey, reportKey } from '../../../data/use-report-data';

export interface RecordReviewStepRequest {
  /** This review's record, when one exists already. */
  existing: ConversationRecord | undefined;
  step: ReviewStep;
}

/**
 * POST /people/{id}/conversations (kind 'review', held now) on the first step, then PATCH the
 * step's time (previousCommitmentsReviewedAt / openedWithWhatsChangedAt) with If-Match.
 */
export function useRecordReviewStep(reportId: string) {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ existing, step }: RecordReviewStepRequest) =>
      recordReviewStep(
        {
          create: () => api.recordConversation(reportId, { kind: 'review', state: 'held' }),
          read: (id) => api.conversation(id),
          update: (id, patch, etag) => api.updateConversation(id, patch, etag),
        },
        { existing, step, at: new Date().toISOString() },
      ),
    onSuccess: (record) => {
      // The record shows at once, even before the list is read again.
      queryClient.setQueryData<ConversationList>(conversationsKey(reportId), (list) =>
        list === undefined
          ? list
          : {
              ...list,
              items: [...list.items.filter((c) => c.id !== record.id), record],
            },
      );
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportKey(reportId) }),
        queryClient.invalidateQueries({ queryKey: ['team-overview'] }),
      ]),
  });
}
