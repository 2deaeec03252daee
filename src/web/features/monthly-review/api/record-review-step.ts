import { useQueryClient } from '@tanstack/react-query';
import type {
  ConversationList,
  ConversationRecord,
} from '../../../../adapters/career-api/career-api-client';
import {
  recordReviewStep,
  type ReviewStep,
} from '../../../../app/my-365/contract/record-review-step';
import { useCareerApi } from '../../../data/career-api-context';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';
import { conversationsKey } from '../../../data/use-report-data';

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
  return useCareerMutation({
    mutationFn: ({ existing, step }: RecordReviewStepRequest) =>
      recordReviewStep(
        {
          create: () => api.recordConversation(reportId, { kind: 'review', state: 'held' }),
          read: (id) => api.conversation(id),
          update: (id, patch, etag) => api.updateConversation(id, patch, etag),
        },
        { existing, step, at: new Date().toISOString() },
      ),
    ...refreshesReport(reportId),
    onSaved: (record) => {
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
  });
}
