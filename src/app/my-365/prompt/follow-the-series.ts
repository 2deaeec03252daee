import type { Chat, Mailer } from '../../ports';
import type {
  AppLinkTarget,
  IsoInstant,
  PromptDelivery,
  TimeZoneId,
  WorkingHours,
} from '../../../domain';
import { toIsoInstant } from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import type { BookingPeople } from '../booking/booking-people';
import { sendReflectionPrompt } from './queue-reflection-prompt';

/**
 * What became of the queued prompt when the series changed: nothing was queued (or it was
 * already taken back), taken back before delivery, already with the report (a chat message, or
 * a mail past its time), or held but not recallable (recorded before the message id was kept).
 */
export type PromptRecall = 'none' | 'recalled' | 'delivered' | 'not-recallable';

export interface RecalledPrompt {
  outcome: PromptRecall;
  /** The record's prompt after a recall, to save on the conversation. */
  prompt?: PromptDelivery;
}

/**
 * Takes the queued prompt back when the series it announces is held early or cancelled: a
 * prompt saying "we meet on Thursday" must not arrive after Thursday was called off.
 */
export async function recallQueuedPrompt(
  mailer: Mailer,
  prompt: PromptDelivery | undefined,
  now: Temporal.Instant,
): Promise<RecalledPrompt> {
  if (!prompt || prompt.recalledAt !== undefined) return { outcome: 'none' };
  const held =
    prompt.channel === 'mail' &&
    Temporal.Instant.compare(Temporal.Instant.from(prompt.deliverAt), now) > 0;
  if (!held) return { outcome: 'delivered' };
  if (prompt.messageId === undefined) return { outcome: 'not-recallable' };
  const outcome = await mailer.recall(prompt.messageId);
  if (outcome === 'delivered') return { outcome: 'delivered' };
  // 'gone': deleted in Outlook, or recalled by an attempt whose answer was lost; either way held no more.
  return { outcome: 'recalled', prompt: { ...prompt, recalledAt: toIsoInstant(now) } };
}

export interface RequeueInput {
  people: BookingPeople;
  prompt: PromptDelivery | undefined;
  /** The series' new first session. */
  firstSessionStart: IsoInstant;
  zone: TimeZoneId;
  reportHours: WorkingHours;
  now: Temporal.Instant;
  /** One per move: a retried move never queues twice. */
  key: string;
  appLinks?: AppLinkTarget;
}

export type RequeuedPrompt =
  { outcome: Exclude<PromptRecall, 'recalled'> } | { outcome: 'requeued'; prompt: PromptDelivery };

/**
 * The series moved: the held prompt (which names the old date) is taken back and the prompt is
 * queued again for the new first session, in the manager's own words, timed as before.
 */
export async function requeueQueuedPrompt(
  ports: { mailer: Mailer; chat: Chat },
  input: RequeueInput,
): Promise<RequeuedPrompt> {
  const recalled = await recallQueuedPrompt(ports.mailer, input.prompt, input.now);
  if (recalled.outcome !== 'recalled') return { outcome: recalled.outcome };
  const sent = await sendReflectionPrompt(ports, {
    manager: input.people.manager,
    report: input.people.report,
    ...(input.prompt?.wording === undefined ? {} : { wording: input.prompt.wording }),
    firstSessionStart: input.firstSessionStart,
    zone: input.zone,
    reportHours: input.reportHours,
    now: input.now,
    channel: 'mail',
    key: input.key,
    ...(input.appLinks === undefined ? {} : { appLinks: input.appLinks }),
  });
  if (!sent.ok) throw new Error(sent.errors.map((e) => e.message).join(' '));
  return { outcome: 'requeued', prompt: sent.prompt };
}
