import { planCadence } from '../cadence/plan-cadence';
import { assessContractHealth } from '../contract/health';
import { currentVersion } from '../contract/versioning';
import { detectFailures } from '../failures/detect-failures';
import type { ConversationRecord, ReportHistory } from '../model/conversation';
import { TRANSITION_POINTS } from '../playbook/cadence';
import type { ConversationKind } from '../playbook/ids';
import { TRIGGERS } from '../playbook/triggers';
import { parseInstant } from '../time/parse';
import type { Temporal } from '../time/temporal';
import type { TimeZoneId } from '../time/values';
import { assessPersonStatus } from './person-status';
import type { ActiveSignals, ReportCadence, ReportOverview } from './overview-types';

/** A report's overview row, plus the facts the team-level self-check needs. */
export interface ReportFacts {
  overview: ReportOverview;
  /** When the latest full conversation was held, in epoch milliseconds. */
  lastFullHeldMs?: number;
  managerCommitmentsDone: number;
}

/** Stored records are parsed at the edge; a value that still does not parse is left out. */
function epochMsOf(value: string | undefined): number | undefined {
  return parseInstant(value)?.epochMilliseconds;
}

interface ConversationFacts {
  last?: { kind: ConversationKind; at: string; ms: number };
  next?: { kind: ConversationKind; start: string; ms: number };
  lastFullHeldMs?: number;
}

/** One pass over the conversations: the latest held, the next booked, the latest full held. */
function scanConversations(
  conversations: readonly ConversationRecord[],
  nowMs: number,
): ConversationFacts {
  const facts: ConversationFacts = {};
  for (const c of conversations) {
    if (c.state === 'held') {
      const at = c.heldAt ?? c.event?.start;
      const ms = epochMsOf(at);
      if (at === undefined || ms === undefined) continue;
      if (!facts.last || ms > facts.last.ms) facts.last = { kind: c.kind, at, ms };
      if (c.kind === 'full' && (facts.lastFullHeldMs === undefined || ms > facts.lastFullHeldMs)) {
        facts.lastFullHeldMs = ms;
      }
    } else if (c.state === 'booked' && c.event) {
      const startMs = epochMsOf(c.event.start);
      const endMs = epochMsOf(c.event.end);
      // Like the cadence planner: a booking counts until it is over.
      if (startMs === undefined || endMs === undefined || endMs <= nowMs) continue;
      if (!facts.next || startMs < facts.next.ms) {
        facts.next = { kind: c.kind, start: c.event.start, ms: startMs };
      }
    }
  }
  return facts;
}

/**
 * The open triggers by their playbook category and the flagged transitions. Deliberately
 * nothing else: what the person said about leaving is never data.
 */
function activeSignalsOf(history: ReportHistory): ActiveSignals {
  const triggers = history.triggers
    .filter((log) => log.closedAt === undefined)
    .map((log) => ({ log, ms: epochMsOf(log.loggedAt) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.ms - b.ms || Number(a.log.id > b.log.id) - Number(a.log.id < b.log.id))
    .map(({ log }) => ({
      logId: log.id,
      trigger: log.trigger,
      label: TRIGGERS[log.trigger].label,
      loggedAt: log.loggedAt,
    }));
  const transitions = history.transitions.map((flag) => ({
    transition: flag.transition,
    label: TRANSITION_POINTS[flag.transition].label,
    since: flag.since,
  }));
  return { triggers, transitions };
}

export function summarizeReport(
  history: ReportHistory,
  now: Temporal.Instant,
  zone: TimeZoneId,
  today: Temporal.PlainDate,
): ReportFacts {
  const conversations = scanConversations(history.conversations, now.epochMilliseconds);
  const health = assessContractHealth(history.contract, today);
  const plan = planCadence(history, now, zone);
  const cadence: ReportCadence = {
    status: plan.status,
    kind: plan.next.kind,
    dueBy: plan.next.dueBy,
    ...(plan.next.overdueSince === undefined ? {} : { overdueSince: plan.next.overdueSince }),
    message: plan.next.message,
    reason: plan.next.reason,
  };
  const direction = history.direction;
  const overview: ReportOverview = {
    person: history.report,
    ...(direction && direction.text.trim() !== ''
      ? { direction: { text: direction.text, recordedAt: direction.recordedAt } }
      : {}),
    ...(conversations.last
      ? { lastConversation: { kind: conversations.last.kind, at: conversations.last.at } }
      : {}),
    ...(conversations.next
      ? { nextConversation: { kind: conversations.next.kind, start: conversations.next.start } }
      : {}),
    contractHealth: {
      ...health,
      overdueManagerFirst: [...health.overdue.manager, ...health.overdue.report],
    },
    cadence,
    ...(history.earlier ? { earlierHistory: history.earlier } : {}),
    status: assessPersonStatus(plan, health, today, history.earlier),
    activeSignals: activeSignalsOf(history),
    failures: detectFailures(history, now, zone),
  };
  const managerCommitmentsDone = history.contract
    ? currentVersion(history.contract).commitments.filter(
        (c) => c.party === 'manager' && c.status === 'done',
      ).length
    : 0;
  return {
    overview,
    ...(conversations.lastFullHeldMs === undefined
      ? {}
      : { lastFullHeldMs: conversations.lastFullHeldMs }),
    managerCommitmentsDone,
  };
}
