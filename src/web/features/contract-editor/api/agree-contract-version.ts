import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CurrentContract } from '../../../../adapters/career-api/career-api-client';
import {
  saveContractVersion,
  type SavedContractVersion,
} from '../../../../app/use-cases/contract/save-contract-version';
import type { TimeZoneId } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { contractKey, reportKey } from '../../../data/use-report-data';
import { versionBody, type ContractDraft } from '../contract-draft';

export interface AgreeContractVersionRequest {
  draft: ContractDraft;
  /** The conversation this version is agreed in, with the ETag last read; if any. */
  conversation?: { id: string; etag: string };
}

/**
 * POST /people/{id}/contract/versions with If-Match = the ETag the draft was based on (none for
 * a first contract), then PATCH the conversation's contractVersion. A stale ETag fails with a
 * `conflict` PortError and nothing is overwritten: the screen shows what changed and keeps the
 * draft.
 */
export function useAgreeContractVersion(reportId: string, zone: TimeZoneId) {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      draft,
      conversation,
    }: AgreeContractVersionRequest): Promise<SavedContractVersion<CurrentContract>> =>
      saveContractVersion(
        {
          agree: () =>
            api.agreeContractVersion(
              reportId,
              versionBody(draft, zone, conversation?.id),
              draft.baseEtag ?? undefined,
            ),
          conversationEtag: async (id) => (await api.conversation(id)).etag,
          linkConversation: (id, version, etag) =>
            api.updateConversation(id, { contractVersion: version }, etag),
        },
        conversation === undefined ? {} : { conversation },
      ),
    onSuccess: ({ saved }) => {
      queryClient.setQueryData([...contractKey(reportId), zone], saved);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportKey(reportId) }),
        queryClient.invalidateQueries({ queryKey: ['team-overview'] }),
      ]),
  });
}
