import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  CareerApiClient,
  ConversationList,
  ConversationRecord,
} from '../../../adapters/career-api/career-api-client';
import { PortError } from '../../../app/ports/port-error';
import { useCareerApi } from '../../data/career-api-context';
import { conversationsKey } from '../../data/use-report-data';
import { AutosaveEngine, type RemoteDocument } from '../autosave/autosave-engine';
import { localDraftStore } from '../autosave/draft-store';
import { browserIsOnline, useAutosave } from '../autosave/use-autosave';
import {
  aspirationWritten,
  checkSharedNotes,
  fromRecord,
  phasesReached,
  sameSharedNotes,
  sharedNotesText,
  sharedNotesValueSchema,
  type SharedNotesValue,
} from './notes-sync/shared-notes-value';

/** The shared record's other screens read the list: keep its copy of this record current. */
export function rememberRecord(queries: QueryClient, record: ConversationRecord): void {
  queries.setQueryData<ConversationList>(conversationsKey(record.reportId), (list) =>
    list ? { ...list, items: list.items.map((c) => (c.id === record.id ? record : c)) } : list,
  );
}

/**
 * PATCH /conversations/{id} with the notes and the phases reached, on the version the notes were
 * typed on (If-Match). The aspiration is only ever set, never cleared, by typing.
 */
export function sharedNotesDocument(
  api: Pick<CareerApiClient, 'conversation' | 'updateConversation'>,
  conversationId: string,
  saved: (record: ConversationRecord) => void,
): RemoteDocument<SharedNotesValue> {
  return {
    async read() {
      const record = await api.conversation(conversationId);
      return { value: fromRecord(record), etag: record.etag };
    },
    async write(value, etag) {
      if (etag === null) {
        throw new PortError('precondition-required', 'Reload the conversation and try again.');
      }
      const record = await api.updateConversation(
        conversationId,
        {
          sharedNotes: sharedNotesText(value),
          phasesReached: phasesReached(value),
          ...(aspirationWritten(value) ? { aspirationRecorded: true } : {}),
        },
        etag,
      );
      saved(record);
      return { value: fromRecord(record), etag: record.etag };
    },
  };
}

export function sharedNotesDraftKey(conversationId: string): string {
  return `shared-notes-${conversationId}`;
}

/**
 * The shared notes of one conversation, autosaved and kept on the device until saved. Mount it
 * under a `key` of the conversation's id.
 */
export function useSharedNotesAutosave(conversationId: string) {
  const api = useCareerApi();
  const queries = useQueryClient();
  const [engine] = useState(
    () =>
      new AutosaveEngine<SharedNotesValue>({
        remote: sharedNotesDocument(api, conversationId, (record) => {
          rememberRecord(queries, record);
        }),
        drafts: localDraftStore(sharedNotesDraftKey(conversationId), sharedNotesValueSchema),
        equals: sameSharedNotes,
        check: checkSharedNotes,
        isOnline: browserIsOnline,
      }),
  );
  const snapshot = useAutosave(engine);
  return { engine, snapshot };
}
