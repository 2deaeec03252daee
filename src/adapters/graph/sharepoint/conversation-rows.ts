import {
  CONVERSATION_STATES,
  PROMPT_CHANNELS,
  CHECKLIST_ITEM_IDS,
  CONVERSATION_KINDS,
  definedOnly,
  meetingThreadOf,
  PHASE_IDS,
  TRIGGER_IDS,
  type BookedEvent,
  type ChecklistItemId,
  type ConversationRecord,
  type PromptDelivery,
} from '../../../domain';
import { FieldReader, type ProblemSink } from './field-codecs';
import type { ListItem } from './list-client';
import type { ColumnOf } from './schema';

type Fields = Readonly<Record<ColumnOf<'conversations'>, string | number | boolean | null>> & {
  Title: string;
};

const CHECKLIST_ITEMS: readonly ChecklistItemId[] = Object.values(CHECKLIST_ITEM_IDS).flat();

/** Every column is written, absent values as null, so an update replaces the whole record. */
export function conversationFields(record: ConversationRecord): Fields {
  const { event, prompt } = record;
  return {
    Title: `${record.kind} conversation ${record.id}`,
    conversationId: record.id,
    reportId: record.reportId,
    managerId: record.managerId,
    kind: record.kind,
    trigger: record.trigger ?? null,
    state: record.state,
    eventId: event?.eventId ?? null,
    eventTitle: event?.title ?? null,
    eventStart: event?.start ?? null,
    eventEnd: event?.end ?? null,
    seriesId: event?.seriesId ?? null,
    joinUrl: event?.joinUrl ?? null,
    meetingThreads: event?.meetingThreads?.join(';') ?? null,
    insideOneOnOne: event?.insideOneOnOne ?? null,
    rescheduleCount: record.rescheduleCount,
    heldAt: record.heldAt ?? null,
    phasesReached: record.phasesReached.join(';'),
    aspirationRecorded: record.aspirationRecorded,
    sharedNotes: record.sharedNotes,
    promptChannel: prompt?.channel ?? null,
    promptDeliverAt: prompt?.deliverAt ?? null,
    promptQueuedAt: prompt?.queuedAt ?? null,
    promptMessageId: prompt?.messageId ?? null,
    promptWording: prompt?.wording ?? null,
    promptRecalledAt: prompt?.recalledAt ?? null,
    contractVersion: record.contractVersion ?? null,
    summarySentAt: record.summarySentAt ?? null,
    previousCommitmentsReviewedAt: record.previousCommitmentsReviewedAt ?? null,
    openedWithWhatsChangedAt: record.openedWithWhatsChangedAt ?? null,
    manualTicks: record.manualTicks.join(';'),
  };
}

/**
 * Each session's meeting thread. Records booked before the column existed have none (the join
 * link's thread stands in); a value that is not a thread is dropped and reported.
 */
function readMeetingThreads(r: FieldReader, sink: ProblemSink): string[] | undefined {
  const stored = r.text('meetingThreads');
  if (stored === undefined) return undefined;
  const parts = stored.split(';').filter((part) => part !== '');
  const threads = parts.filter((part) => meetingThreadOf(part) === part);
  if (threads.length < parts.length) {
    sink({
      list: 'conversations',
      itemId: r.itemId,
      field: 'meetingThreads',
      problem: 'a session’s meeting thread is not a Teams meeting thread',
      action: 'repaired',
    });
  }
  return threads.length > 0 ? threads : undefined;
}

function readEvent(r: FieldReader, sink: ProblemSink): BookedEvent | undefined {
  const eventId = r.text('eventId');
  const start = r.instant('eventStart');
  const end = r.instant('eventEnd');
  const seriesId = r.text('seriesId');
  const joinUrl = r.text('joinUrl');
  const insideOneOnOne = r.boolean('insideOneOnOne');
  const meetingThreads = readMeetingThreads(r, sink);
  if (eventId === undefined && start === undefined && end === undefined) return undefined;
  if (eventId === undefined || start === undefined || end === undefined) {
    sink({
      list: 'conversations',
      itemId: r.itemId,
      field: 'eventId, eventStart, eventEnd',
      problem: 'the booked event is only partly recorded',
      action: 'repaired',
    });
    return undefined;
  }
  return {
    eventId,
    // An event may have an empty subject, which SharePoint stores as null.
    title: r.text('eventTitle') ?? '',
    start,
    end,
    ...definedOnly({ seriesId, joinUrl, meetingThreads, insideOneOnOne }),
  };
}

function readPrompt(r: FieldReader, sink: ProblemSink): PromptDelivery | undefined {
  const channel = r.choice('promptChannel', PROMPT_CHANNELS);
  const deliverAt = r.instant('promptDeliverAt');
  const queuedAt = r.instant('promptQueuedAt');
  const parts = [channel, deliverAt, queuedAt].filter((v) => v !== undefined).length;
  if (channel !== undefined && deliverAt !== undefined && queuedAt !== undefined) {
    const messageId = r.text('promptMessageId');
    const wording = r.text('promptWording');
    const recalledAt = r.instant('promptRecalledAt');
    return {
      channel,
      deliverAt,
      queuedAt,
      ...definedOnly({ messageId, wording, recalledAt }),
    };
  }
  if (parts > 0) {
    sink({
      list: 'conversations',
      itemId: r.itemId,
      field: 'promptChannel, promptDeliverAt, promptQueuedAt',
      problem: 'the reflection prompt is only partly recorded',
      action: 'repaired',
    });
  }
  return undefined;
}

export function readConversation(
  item: ListItem,
  sink: ProblemSink,
): ConversationRecord | undefined {
  const r = new FieldReader('conversations', item.id, item.fields);
  const required = {
    conversationId: r.text('conversationId'),
    reportId: r.text('reportId'),
    managerId: r.text('managerId'),
    kind: r.choice('kind', CONVERSATION_KINDS),
    state: r.choice('state', CONVERSATION_STATES),
  };
  const optional = {
    trigger: r.choice('trigger', TRIGGER_IDS),
    event: readEvent(r, sink),
    heldAt: r.instant('heldAt'),
    prompt: readPrompt(r, sink),
    contractVersion: r.integer('contractVersion'),
    summarySentAt: r.instant('summarySentAt'),
    previousCommitmentsReviewedAt: r.instant('previousCommitmentsReviewedAt'),
    openedWithWhatsChangedAt: r.instant('openedWithWhatsChangedAt'),
  };
  const rescheduleCount = r.integer('rescheduleCount') ?? 0;
  const phasesReached = r.idList('phasesReached', PHASE_IDS);
  const aspirationRecorded = r.boolean('aspirationRecorded') ?? false;
  const sharedNotes = r.text('sharedNotes') ?? '';
  const manualTicks = r.idList('manualTicks', CHECKLIST_ITEMS);
  const v = r.finish(sink, required);
  if (!v) return undefined;
  const present = definedOnly(optional);
  return {
    id: v.conversationId,
    reportId: v.reportId,
    managerId: v.managerId,
    kind: v.kind,
    state: v.state,
    rescheduleCount,
    phasesReached,
    aspirationRecorded,
    sharedNotes,
    manualTicks,
    ...present,
  };
}
