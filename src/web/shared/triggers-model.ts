import type {
  ConversationRecord,
  TriggerLogRecord,
} from '../../adapters/career-api/career-api-client';
import {
  cadenceFor,
  planCadence,
  triggerById,
  type DueConversation,
  type Person,
  type Temporal,
  type TimeZoneId,
  type Trigger,
} from '../../domain';

export interface TriggerView {
  log: TriggerLogRecord;
  trigger: Trigger;
  /** For an open trigger: the conversation the domain suggests, by when, and why. */
  due?: DueConversation;
  /** A booked conversation that takes care of it in time (an ad hoc one, or a full one). */
  coveredBy?: ConversationRecord;
  /** For a closed trigger: the held conversation that answered it. */
  closedBy?: ConversationRecord;
}

export interface TriggerViews {
  open: TriggerView[];
  closed: TriggerView[];
}

export interface TriggerViewsInput {
  report: Person;
  managerId: string;
  triggers: readonly TriggerLogRecord[];
  conversations: readonly ConversationRecord[];
  now: Temporal.Instant;
  zone: TimeZoneId;
}

/**
 * Each logged trigger with what the cadence rules make of it: an open one calls for an ad hoc
 * conversation by a date (today for a leaving signal), a closed one names what answered it.
 */
export function triggerViews(input: TriggerViewsInput): TriggerViews {
  const plan = planCadence(
    {
      report: input.report,
      managerId: input.managerId,
      transitions: [],
      triggers: [...input.triggers],
      conversations: [...input.conversations],
    },
    input.now,
    input.zone,
  );
  const due = [plan.next, ...plan.alsoDue];
  const byId = new Map(input.conversations.map((c) => [c.id, c]));
  const dueFor = (logId: string): DueConversation | undefined =>
    due.find(
      (d) =>
        (d.reason.code === 'trigger' || d.reason.code === 'leaving-signal') &&
        d.reason.triggerLogId === logId,
    );
  const views = [...input.triggers]
    .sort((a, b) => (a.loggedAt < b.loggedAt ? 1 : a.loggedAt > b.loggedAt ? -1 : 0))
    .map((log): TriggerView => {
      const trigger = triggerById(log.trigger);
      if (log.closedAt !== undefined) {
        const closedBy = log.closedByConversationId
          ? byId.get(log.closedByConversationId)
          : undefined;
        return { log, trigger, ...(closedBy ? { closedBy } : {}) };
      }
      const suggestion = dueFor(log.id);
      const coveredBy = suggestion?.booked ? byId.get(suggestion.booked.conversationId) : undefined;
      return {
        log,
        trigger,
        ...(suggestion ? { due: suggestion } : {}),
        ...(coveredBy ? { coveredBy } : {}),
      };
    });
  return {
    open: views.filter((v) => v.log.closedAt === undefined),
    closed: views.filter((v) => v.log.closedAt !== undefined),
  };
}

/** "Ad hoc career conversation, 45-60 minutes, dedicated session, not a 1:1". */
export function adHocDescription(): string {
  const row = cadenceFor('ad-hoc');
  return `${row.conversation}, ${row.duration.min}–${row.duration.max} minutes. ${row.format}.`;
}
