/**
 * The demo organisation's career-conversation history as records ready for the stores, planned
 * purely from the demo people (ids, managers, time zones, situations) and "now".
 */
import type { ReportProfile } from '../../../src/app/ports';
import {
  Temporal,
  toIsoInstant,
  type ConversationRecord,
  type TransitionFlag,
  type TriggerLog,
} from '../../../src/domain';
import type { DemoOrg } from '../../../src/local-tenant';
import type { Ago, PersonaHistory } from './history-spec';
import { DEMO_HISTORIES } from './personas';
import { personaContext, type PersonaContext } from './persona-context';
import { planContract, type ContractStep } from './plan-contract';
import { planConversations, planTriggers, type PlannedConversation } from './plan-conversations';

export { DEMO_HISTORIES };

export interface ReportPlan {
  key: string;
  reportId: string;
  /** In order: each step builds on the one before. */
  contract: ContractStep[];
  conversations: ConversationRecord[];
  triggers: TriggerLog[];
  profile?: ReportProfile;
}

const sameAgo = (a: Ago, b: Ago): boolean =>
  (a.months ?? 0) === (b.months ?? 0) && (a.days ?? 0) === (b.days ?? 0);

function planProfile(
  ctx: PersonaContext,
  history: PersonaHistory,
  conversations: readonly PlannedConversation[],
): ReportProfile | undefined {
  const { person } = ctx;
  const transitions: TransitionFlag[] = (history.transitions ?? []).map((flag) => {
    const since = flag.since
      ? ctx.dayOf(flag.since)
      : person.situation.since
        ? Temporal.Instant.from(person.situation.since)
            .toZonedDateTimeISO(ctx.managerOn({}).timeZone)
            .toPlainDate()
        : undefined;
    if (!since) throw new Error(`Demo history: ${person.key} has a transition without a date`);
    return { transition: flag.transition, since: since.toString() };
  });
  const recorded = history.direction?.recorded;
  if (!history.direction || !recorded) {
    return transitions.length === 0
      ? undefined
      : { reportId: person.id, managerId: ctx.managerOn({}).id, transitions };
  }
  // Written down at the end of the conversation where it was said, when there was one.
  const heldThen = conversations.find(
    (c) => c.record.state === 'held' && sameAgo(c.spec.at, recorded),
  );
  const recordedAt = heldThen?.end ?? ctx.instantOf(recorded, 12);
  return {
    reportId: person.id,
    managerId: ctx.managerOn(recorded).id,
    direction: { text: history.direction.text, recordedAt: toIsoInstant(recordedAt) },
    transitions,
  };
}

export function planReport(
  org: DemoOrg,
  history: PersonaHistory,
  now: Temporal.Instant,
): ReportPlan {
  const ctx = personaContext(org, history.key, now);
  const conversations = planConversations(ctx, history);
  const profile = planProfile(ctx, history, conversations);
  return {
    key: history.key,
    reportId: ctx.person.id,
    contract: planContract(ctx, conversations),
    conversations: conversations.map((c) => c.record),
    triggers: planTriggers(ctx, history, conversations),
    ...(profile ? { profile } : {}),
  };
}

/** Plans every demo person's history; throws when a persona breaks a domain rule. */
export function planDemoHistory(
  org: DemoOrg,
  now: Temporal.Instant,
  histories: readonly PersonaHistory[] = DEMO_HISTORIES,
): ReportPlan[] {
  return histories.map((history) => planReport(org, history, now));
}
