import { useQueryClient } from '@tanstack/react-query';
import type {
  ConversationList,
  ConversationRecord,
} from '../../../../adapters/career-api/career-api-client';
import type { ChecklistItemId } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';
import { conversationsKey } from '../../../data/use-report-data';

export interface ManualTickInput {
  conversation: ConversationRecord;
  item: ChecklistItemId;
  ticked: boolean;
}

/** The conversation's manual ticks with one item set or cleared; the order is kept. */
export function withTick(
  ticks: readonly ChecklistItemId[],
  item: ChecklistItemId,
  ticked: boolean,
): ChecklistItemId[] {
  const without = ticks.filter((t) => t !== item);
  return ticked ? [...without, item] : without;
}

/** PATCH the conversation's `manualTicks` (the whole list), guarded by its ETag. */
export function useSaveManualTick(reportId: string) {
  const api = useCareerApi();
  const queries = useQueryClient();
  return useCareerMutation({
    mutationFn: ({ conversation, item, ticked }: ManualTickInput) =>
      api.updateConversation(
        conversation.id,
        { manualTicks: withTick(conversation.manualTicks, item, ticked) },
        conversation.etag,
      ),
    // The answer carries the new ETag: put it in the cache at once so the next tick builds on it.
    // Not awaited: the tick is already shown from the answer; the rest refreshes behind it.
    ...refreshesReport(reportId, true),
    onSaved: (saved) => {
      queries.setQueryData<ConversationList>(conversationsKey(reportId), (old) =>
        old ? { ...old, items: old.items.map((c) => (c.id === saved.id ? saved : c)) } : old,
      );
    },
  });
}
