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
import { documented, z } from '../zod';

export const SHARED_NOTES_MAX = 20_000;

const ConversationState = z.enum(CONVERSATION_STATES);
const PromptChannel = z.enum(PROMPT_CHANNELS);

/** An opaque id from Microsoft 365 (an event, a series). */
const GraphRef = () => z.string().check(z.minLength(1), z.maxLength(512));

export const BookedEventBody = z
  .strictObject({
    eventId: GraphRef(),
    title: text(255, 'title'),
    start: IsoInstant,
    end: IsoInstant,
    seriesId: z.exactOptional(GraphRef()),
    joinUrl: z.exactOptional(z.url({ protocol: /^https$/ }).check(z.maxLength(2048))),
    meetingThreads: documented(
      z.exactOptional(
        z
          .array(
            z.string().check(z.maxLength(512), z.regex(new RegExp(`^${MEETING_THREAD.source}$`))),
          )
          .check(z.maxLength(3)),
      ),
      { description: 'The Teams meeting thread of every session booked, in order.' },
    ),
    insideOneOnOne: z.exactOptional(z.boolean()),
  })
  .check(z.refine((e) => e.start < e.end, { message: 'must end after it starts', path: ['end'] }));

export const NewConversationBody = documented(
  z
    .strictObject({
      kind: ConversationKind,
      trigger: documented(z.exactOptional(TriggerId), {
        description: 'Required for ad hoc conversations.',
      }),
      state: z._default(ConversationState, 'booked'),
      event: z.exactOptional(BookedEventBody),
      heldAt: z.exactOptional(IsoInstant),
      phasesReached: z._default(z.array(PhaseId).check(z.maxLength(3)), []),
      aspirationRecorded: z._default(z.boolean(), false),
      sharedNotes: z._default(text(SHARED_NOTES_MAX, 'sharedNotes'), ''),
      confirmHeldEarly: documented(z.exactOptional(z.literal(true)), {
        description:
          'Required to mark it held before its booked start: the manager confirms it happened early. Not stored.',
      }),
    })
    .check(
      z.superRefine((body, ctx) => {
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
      }),
    ),
  { id: 'NewConversation' },
);

export const ConversationPatchBody = documented(
  z
    .strictObject({
      state: z.exactOptional(ConversationState),
      confirmHeldEarly: documented(z.exactOptional(z.literal(true)), {
        description:
          'Required to mark it held before its booked start: the manager confirms it happened early. Not stored.',
      }),
      event: z.exactOptional(BookedEventBody),
      heldAt: z.exactOptional(IsoInstant),
      phasesReached: z.exactOptional(z.array(PhaseId).check(z.maxLength(3))),
      aspirationRecorded: z.exactOptional(z.boolean()),
      sharedNotes: z.exactOptional(text(SHARED_NOTES_MAX, 'sharedNotes')),
      contractVersion: z.exactOptional(z.number().check(z.int(), z.gte(1), z.lte(100_000))),
      summarySentAt: z.exactOptional(IsoInstant),
      previousCommitmentsReviewedAt: z.exactOptional(IsoInstant),
      openedWithWhatsChangedAt: z.exactOptional(IsoInstant),
      prompt: documented(
        z.exactOptional(
          z.strictObject({
            channel: PromptChannel,
            deliverAt: IsoInstant,
            queuedAt: IsoInstant,
            messageId: z.exactOptional(GraphRef()),
            wording: z.exactOptional(text(4_000, 'prompt.wording')),
            recalledAt: z.exactOptional(IsoInstant),
          }),
        ),
        {
          description:
            'The reflection prompt as queued: channel, delivery time, the held message (to recall or move it) and the manager’s own wording.',
        },
      ),
      manualTicks: documented(z.exactOptional(z.array(ChecklistItemId).check(z.maxLength(30))), {
        description: 'Checklist items ticked by hand; replaces the list.',
      }),
    })
    .check(z.refine((b) => Object.keys(b).length > 0, 'change at least one field')),
  { id: 'ConversationPatch' },
);

export const ConversationParams = z.object({ conversationId: Id });

export const Conversation = documented(
  z.object({
    id: z.string(),
    reportId: z.string(),
    managerId: z.string(),
    kind: ConversationKind,
    trigger: z.exactOptional(TriggerId),
    state: ConversationState,
    event: z.exactOptional(
      z.object({
        eventId: z.string(),
        title: z.string(),
        start: z.string(),
        end: z.string(),
        seriesId: z.exactOptional(z.string()),
        joinUrl: z.exactOptional(z.string()),
        meetingThreads: z.exactOptional(z.array(z.string())),
        insideOneOnOne: z.exactOptional(z.boolean()),
      }),
    ),
    rescheduleCount: z.number(),
    heldAt: z.exactOptional(z.string()),
    phasesReached: z.array(PhaseId),
    aspirationRecorded: z.boolean(),
    sharedNotes: z.string(),
    prompt: z.exactOptional(
      z.object({
        channel: PromptChannel,
        deliverAt: z.string(),
        queuedAt: z.string(),
        messageId: z.exactOptional(z.string()),
        wording: z.exactOptional(z.string()),
        recalledAt: z.exactOptional(z.string()),
      }),
    ),
    contractVersion: z.exactOptional(z.number()),
    summarySentAt: z.exactOptional(z.string()),
    previousCommitmentsReviewedAt: z.exactOptional(z.string()),
    openedWithWhatsChangedAt: z.exactOptional(z.string()),
    manualTicks: z.array(ChecklistItemId),
    etag: z.string(),
  }),
  { id: 'Conversation' },
);

export const ConversationListResponse = documented(
  z.object({
    reportId: z.string(),
    items: z.array(Conversation),
    earlierHistory: EarlierHistory,
  }),
  { id: 'Conversations' },
);
