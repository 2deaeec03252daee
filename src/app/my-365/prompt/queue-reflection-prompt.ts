import type { Chat, Mailer } from '../../ports';
import type {
  ComposedMessage,
  DomainError,
  IsoInstant,
  Person,
  PromptDelivery,
  PromptDeliveryPlan,
  TimeZoneId,
  WorkingHours,
} from '../../../domain';
import {
  composeReflectionPrompt,
  planPromptDelivery,
  scriptById,
  toIsoInstant,
} from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import { linksTo } from '../links-to';
import type { AppLinkTarget } from '../../../domain';

export type PromptChannel = PromptDelivery['channel'];

export interface PromptPlanInput {
  manager: Person;
  report: Person;
  /** The manager's edited wording; the playbook's prompt when blank. */
  wording?: string;
  firstSessionStart: IsoInstant;
  /** The manager's zone, used when the report's is not known. */
  zone: TimeZoneId;
  /** The report's working week, in their zone: the prompt lands at the start of a working day. */
  reportHours: WorkingHours;
  now: Temporal.Instant;
  /** Where the app runs, so the mail links back into it; no link when absent. */
  appLinks?: AppLinkTarget;
}

export type PromptPlan =
  | {
      ok: true;
      message: ComposedMessage;
      /** When a mail arrives (held by the mail server until then). */
      mailDeliverAt: IsoInstant;
      /** True when that is the full few working days before the conversation. */
      onTime: boolean;
      warnings: string[];
      /** The zone the report reads times in. */
      reportZone: TimeZoneId;
    }
  | { ok: false; errors: DomainError[] };

/**
 * "A few days before the conversation, send a message": the playbook's prompt (or the manager's
 * wording), due at the start of the report's working day three working days before the first
 * session, in their zone.
 */
export function planReflectionPrompt(input: PromptPlanInput): PromptPlan {
  const reportZone = input.report.timeZone ?? input.zone;
  const delivery: { ok: true; value: PromptDeliveryPlan } | { ok: false; errors: DomainError[] } =
    planPromptDelivery(input.firstSessionStart, reportZone, input.reportHours, input.now);
  if (!delivery.ok) return delivery;
  const message = composeReflectionPrompt({
    manager: input.manager,
    report: input.report,
    ...(input.wording !== undefined ? { wording: input.wording } : {}),
    firstSession: { start: input.firstSessionStart },
    zone: reportZone,
    ...linksTo(input.appLinks, { page: 'contract', reportId: input.report.id }),
  });
  return {
    ok: true,
    message,
    mailDeliverAt: delivery.value.deliverAt,
    onTime: delivery.value.onTime,
    warnings: delivery.value.warnings,
    reportZone,
  };
}

export interface QueuePromptPorts {
  mailer: Mailer;
  chat: Chat;
  /** Records the queued prompt on the conversation (the career API's PATCH, with If-Match). */
  recordPrompt: (prompt: PromptDelivery) => Promise<void>;
}

export interface QueuePromptInput extends PromptPlanInput {
  channel: PromptChannel;
  /** One per attempt: a retry never sends twice. */
  key: string;
}

export type QueuePromptResult =
  { ok: true; prompt: PromptDelivery } | { ok: false; errors: DomainError[] };

/** The manager's own wording, kept on the record only when it is not the playbook's. */
function ownWording(wording: string | undefined): { wording?: string } {
  const trimmed = wording?.trim() ?? '';
  if (trimmed === '' || trimmed === scriptById('reflection-prompt').text.trim()) return {};
  return { wording: trimmed };
}

/**
 * Sends the reflection prompt: by mail with deferred delivery (the mail server holds it until
 * the planned time, so it arrives even if the manager's laptop is closed), or as a Teams chat
 * message, which cannot be scheduled and so goes now. Says what went, without recording it.
 */
export async function sendReflectionPrompt(
  ports: Pick<QueuePromptPorts, 'mailer' | 'chat'>,
  input: QueuePromptInput,
): Promise<QueuePromptResult> {
  const plan = planReflectionPrompt(input);
  if (!plan.ok) return plan;
  const queuedAt = toIsoInstant(input.now);
  let deliverAt: IsoInstant = queuedAt;
  let messageId: string | undefined;
  if (input.channel === 'mail') {
    const deferred = Temporal.Instant.compare(plan.mailDeliverAt, input.now) > 0;
    const sent = await ports.mailer.send({
      to: [{ email: input.report.mail, name: input.report.displayName }],
      subject: plan.message.subject,
      html: plan.message.html,
      ...(deferred ? { deliverAt: plan.mailDeliverAt } : {}),
      idempotencyKey: input.key,
    });
    if (deferred) {
      deliverAt = plan.mailDeliverAt;
      messageId = sent.id;
    }
  } else {
    await ports.chat.sendDirect(input.report.id, plan.message.html, input.key);
  }
  const prompt: PromptDelivery = {
    channel: input.channel,
    deliverAt,
    queuedAt,
    ...(messageId === undefined ? {} : { messageId }),
    ...ownWording(input.wording),
  };
  return { ok: true, prompt };
}

/** Sends the reflection prompt, then records what was queued and when on the conversation. */
export async function queueReflectionPrompt(
  ports: QueuePromptPorts,
  input: QueuePromptInput,
): Promise<QueuePromptResult> {
  const sent = await sendReflectionPrompt(ports, input);
  if (sent.ok) await ports.recordPrompt(sent.prompt);
  return sent;
}
