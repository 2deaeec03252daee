import { useQueryClient } from '@tanstack/react-query';
import type {
  AgreedContract,
  CurrentContract,
} from '../../../../adapters/career-api/career-api-client';
import type { TimeZoneId } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';
import { contractQuery } from '../../../data/use-report-data';
import { versionBody, type ContractDraft } from '../contract-draft';

export interface AgreeContractVersionRequest {
  draft: ContractDraft;
  /** The conversation this version is agreed in, if any. */
  conversation?: { id: string };
}

/** Whether the conversation the version was agreed in now names it, as the screen tells it. */
export type ConversationLink =
  | { state: 'none' }
  | { state: 'linked'; conversationId: string }
  | { state: 'failed'; conversationId: string; message: string };

export interface SavedContractVersion {
  saved: CurrentContract;
  link: ConversationLink;
}

function linkOf(answer: AgreedContract['conversationLink']): ConversationLink {
  if (answer === undefined) return { state: 'none' };
  const { conversationId } = answer;
  if (answer.linked) return { state: 'linked', conversationId };
  const message = answer.message ?? 'The conversation record could not be updated.';
  return { state: 'failed', conversationId, message };
}

/**
 * POST /people/{id}/contract/versions with If-Match = the ETag the draft was based on (none for
 * a first contract) and the conversation it is agreed in: one request saves the version and
 * records it on the conversation (retrying that on the server; the answer says if it still
 * failed). A stale ETag fails with a `conflict` PortError and nothing is overwritten: the screen
 * shows what changed and keeps the draft.
 */
export function useAgreeContractVersion(reportId: string, zone: TimeZoneId) {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useCareerMutation({
    mutationFn: async ({
      draft,
      conversation,
    }: AgreeContractVersionRequest): Promise<SavedContractVersion> => {
      const { conversationLink, ...saved } = await api.agreeContractVersion(
        reportId,
        versionBody(draft, zone, conversation?.id),
        draft.baseEtag ?? undefined,
      );
      return { saved, link: linkOf(conversationLink) };
    },
    ...refreshesReport(reportId),
    onSaved: ({ saved }) => {
      queryClient.setQueryData(contractQuery(api, reportId, zone).queryKey, saved);
    },
  });
}
