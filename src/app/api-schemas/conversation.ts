import { z } from 'zod';
import { CONVERSATION_STATES, MEETING_THREAD, PROMPT_CHANNELS } from '../../domain';
import {
  EarlierHistory,
  ChecklistItemId,
  ConversationKind,
  Id,
  IsoInstant,
  PhaseId,
  text,
  TriggerId,
} from './common';

export const SHARED_NOTES_MAX = 20_000;

const ConversationState = z.enum(CONVERSATION_STATES);
const PromptChannel = z.enum(PROMPT_CHANNELS);

export const BookedEventBody = z
  .strictObject({
    eventId: z.string().min(1).max(512),
    title: text(255, 'title'),
    start: IsoInstant,
    end: IsoInstant,
    seriesId: z.string().min(1).max(512).optional(),
    joinUrl: z
      .url({ protocol: /^https$/ })
      .max(2048)
      .optional(),
    meetingThreads: z
      .array(
        z
          .string()
          .max(512)
          .regex(new RegExp(`^${MEETING_THREAD.source}$`)),
      )
      .max(3)
      .optional()
      .meta({ description: 'The Teams meeting thread of every session booked, in order.' }),
    insideOneOnOne: z.boolean().optional(),
  })
  .refine((e) => e.start < e.end, { message: 'must end after it starts', path: ['end'] });

export const NewConversationBody = z
  .strictObject({
    kind: ConversationKind,
    trigger: TriggerId.optional().meta({ description: 'Required for ad hoc conversations.' }),
    state: ConversationState.default('booked'),
    event: BookedEventBody.optional(),
    heldAt: IsoInstant.optional(),
    phasesReached: z.array(PhaseId).max(3).default([]),
    aspirationRecorded: z.boolean().default(false),
    sharedNotes: text(SHARED_NOTES_MAX, 'sharedNotes').default(''),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'ad-hoc' && body.trigger === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['trigger'],
        message: 'an ad hoc conversation names the trigger that called for it',
      });
    }
    if (body.kind !== 'ad-hoc' && body.trigger !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['trigger'],
        message: 'only ad hoc conversations have a trigger',
      });
    }
  })
  .meta({ id: 'NewConversation' });

export const ConversationPatchBody = z
  .strictObject({
    state: ConversationState.optional(),
    event: BookedEventBody.optional(),
    heldAt: IsoInstant.optional(),
    phasesReached: z.array(PhaseId).max(3).optional(),
    aspirationRecorded: z.boolean().optional(),
    sharedNotes: text(SHARED_NOTES_MAX, 'sharedNotes').optional(),
    contractVersion: z.number().int().min(1).max(100_000).optional(),
    summarySentAt: IsoInstant.optional(),
    previousCommitmentsReviewedAt: IsoInstant.optional(),
    openedWithWhatsChangedAt: IsoInstant.optional(),
    prompt: z
      .strictObject({
        channel: PromptChannel,
        deliverAt: IsoInstant,
        queuedAt: IsoInstant,
      })
      .optional()
      .meta({ description: 'The reflection prompt as queued: channel and delivery time.' }),
    manualTicks: z
      .array(ChecklistItemId)
      .max(30)
      .optional()
      .meta({ description: 'Checklist items ticked by hand; replaces the list.' }),
  })
  .refine((b) => Object.keys(b).length > 0, 'change at least one field')
  .meta({ id: 'ConversationPatch' });

export const ConversationParams = z.object({ conversationId: Id });

export const Conversation = z
  .object({
    id: z.string(),
    reportId: z.string(),
    managerId: z.string(),
    kind: ConversationKind,
    trigger: TriggerId.optional(),
    state: ConversationState,
    event: z
      .object({
        eventId: z.string(),
        title: z.string(),
        start: z.string(),
        end: z.string(),
        seriesId: z.string().optional(),
        joinUrl: z.string().optional(),
        meetingThreads: z.array(z.string()).optional(),
        insideOneOnOne: z.boolean().optional(),
      })
      .optional(),
    rescheduleCount: z.number(),
    heldAt: z.string().optional(),
    phasesReached: z.array(PhaseId),
    aspirationRecorded: z.boolean(),
    sharedNotes: z.string(),
    prompt: z
      .object({
        channel: PromptChannel,
        deliverAt: z.string(),
        queuedAt: z.string(),
      })
      .optional(),
    contractVersion: z.number().optional(),
    summarySentAt: z.string().optional(),
    previousCommitmentsReviewedAt: z.string().optional(),
    openedWithWhatsChangedAt: z.string().optional(),
    manualTicks: z.array(ChecklistItemId),
    etag: z.string(),
  })
  .meta({ id: 'Conversation' });

export const ConversationListResponse = z
  .object({
    reportId: z.string(),
    items: z.array(Conversation),
    earlierHistory: EarlierHistory,
  })
  .meta({ id: 'Conversations' });
