import type {
  CareerApiClient,
  ConversationRecord,
} from '../../../../adapters/career-api/career-api-client';
import { PortError } from '../../../../app/ports/port-error';
import type { SeriesEnded } from '../../../../app/my-365/booking';
import { useCareerApi } from '../../../data/career-api-context';
import { useEndSeriesEarly } from '../../../data/end-series-early';
import { recordNextQuietly, useRecordRepeatedNext } from '../../../data/record-repeated-next';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';
import type { AutosaveEngine } from '../../../shared/autosave/autosave-engine';
import {
  aspirationWritten,
  fromRecord,
  type SharedNotesValue,
} from '../../../shared/conversation/notes-sync/shared-notes-value';

function notSavedMessage(kind: string): string {
  if (kind === 'offline') {
    return 'You are offline: your notes are kept on this device. Mark it held once they are saved.';
  }
  if (kind === 'conflict') {
    return 'Your notes were changed somewhere else: merge them first, then mark it held.';
  }
  return 'Your notes are not saved yet: save them first, then mark it held.';
}

/**
 * Marks the conversation held, after the last notes are saved, on the version they were saved
 * as: the phases and the aspiration go with the notes, the state with this change.
 */
export async function markHeld(
  api: Pick<CareerApiClient, 'updateConversation'>,
  conversationId: string,
  notes: AutosaveEngine<SharedNotesValue>,
  /** Before the first session, once the manager confirmed: ends the rest of the series first. */
  early?: () => Promise<SeriesEnded>,
): Promise<ConversationRecord> {
  const status = await notes.flush();
  const value = notes.getSnapshot().value;
  if (status.kind !== 'saved' || value === undefined || notes.etag === null) {
    throw new PortError('precondition-required', notSavedMessage(status.kind));
  }
  const ended = early ? await early() : undefined;
  const record = await api.updateConversation(
    conversationId,
    {
      state: 'held',
      ...(aspirationWritten(value) ? { aspirationRecorded: true } : {}),
      ...(early ? { confirmHeldEarly: true } : {}),
      ...(ended?.recalledPrompt ? { prompt: ended.recalledPrompt } : {}),
    },
    notes.etag,
  );
  notes.adopt({ value: fromRecord(record), etag: record.etag });
  return record;
}

export function useMarkHeld(record: ConversationRecord) {
  const api = useCareerApi();
  const endEarly = useEndSeriesEarly();
  const recordNext = useRecordRepeatedNext();
  const { reportId } = record;
  return useCareerMutation({
    mutationFn: async ({
      notes,
      early,
    }: {
      notes: AutosaveEngine<SharedNotesValue>;
      early: boolean;
    }) => {
      const held = await markHeld(
        api,
        record.id,
        notes,
        early ? () => endEarly(record) : undefined,
      );
      await recordNextQuietly(recordNext, held);
      return held;
    },
    ...refreshesReport(reportId),
  });
}
