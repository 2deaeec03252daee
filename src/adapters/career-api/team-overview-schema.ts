import { z } from 'zod';
import {
  CONVERSATION_KINDS,
  FAILURE_IDS,
  GOOD_LOOKS_LIKE_IDS,
  MANAGER_COMMITMENT_KINDS,
  REPORT_COMMITMENT_KINDS,
  TRANSITION_IDS,
  TRIGGER_IDS,
  type TeamOverview,
} from '../../domain';

// The API's answer is untrusted input for the app: it is parsed against the same shape the
// server promises (src/server/schemas/team.ts), kept here because adapters may not import the
// server. A server that drifts fails loudly here instead of rendering half a screen.

const ConversationKind = z.enum(CONVERSATION_KINDS);
const TriggerId = z.enum(TRIGGER_IDS);
const TransitionId = z.enum(TRANSITION_IDS);

const Person = z.object({
  id: z.string(),
  displayName: z.string(),
  mail: z.string(),
  jobTitle: z.string().optional(),
  department: z.string().optional(),
  timeZone: z.string().optional(),
});

const Commitment = z.object({
  id: z.string(),
  party: z.enum(['report', 'manager']),
  kind: z.enum([...REPORT_COMMITMENT_KINDS, ...MANAGER_COMMITMENT_KINDS]),
  action: z.string(),
  due: z.string(),
  status: z.enum(['open', 'done', 'dropped']),
  completedAt: z.string().optional(),
  droppedReason: z.string().optional(),
  scheduled: z
    .object({ via: z.enum(['calendar', 'todo']), ref: z.string(), at: z.string() })
    .optional(),
});

const TriggerReason = {
  trigger: TriggerId,
  triggerLogId: z.string(),
  loggedAt: z.string(),
};

const CadenceReason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('first-conversation') }),
  z.object({ code: z.literal('quarterly'), lastHeld: z.string() }),
  z.object({ code: z.literal('monthly-review'), lastReviewed: z.string() }),
  z.object({
    code: z.literal('transition'),
    transition: TransitionId,
    since: z.string(),
    lastHeld: z.string(),
  }),
  z.object({ code: z.literal('trigger'), ...TriggerReason }),
  z.object({ code: z.literal('leaving-signal'), ...TriggerReason }),
]);

const ReportOverview = z.object({
  person: Person,
  direction: z.object({ text: z.string(), recordedAt: z.string() }).optional(),
  lastConversation: z.object({ kind: ConversationKind, at: z.string() }).optional(),
  nextConversation: z.object({ kind: ConversationKind, start: z.string() }).optional(),
  contractHealth: z.object({
    state: z.enum(['none', 'on-track', 'overdue']),
    overdue: z.object({ manager: z.array(Commitment), report: z.array(Commitment) }),
    open: z.number(),
    done: z.number(),
    nextDue: Commitment.optional(),
    hasDatedCommitmentsFromBoth: z.boolean(),
    overdueManagerFirst: z.array(Commitment),
  }),
  cadence: z.object({
    status: z.enum(['on-track', 'due-soon', 'overdue']),
    kind: ConversationKind,
    dueBy: z.string(),
    overdueSince: z.string().optional(),
    message: z.string(),
    reason: CadenceReason,
  }),
  activeSignals: z.object({
    triggers: z.array(
      z.object({ logId: z.string(), trigger: TriggerId, label: z.string(), loggedAt: z.string() }),
    ),
    transitions: z.array(
      z.object({ transition: TransitionId, label: z.string(), since: z.string() }),
    ),
  }),
  failures: z.array(
    z.object({
      failure: z.enum(FAILURE_IDS),
      evidence: z.array(z.string()),
      instead: z.string(),
    }),
  ),
});

export const TeamOverviewAnswer = z.object({
  managerId: z.string(),
  reports: z.array(ReportOverview),
  managerOverdue: z.array(z.object({ report: Person, commitment: Commitment })),
  counts: z.object({
    reports: z.number(),
    overdue: z.number(),
    dueSoon: z.number(),
    withContract: z.number(),
    withoutConversation: z.number(),
    managerOverdueCommitments: z.number(),
  }),
  isNewManager: z.boolean(),
  emptyState: z.enum(['no-reports', 'no-conversations-yet']).optional(),
  goodLooksLike: z.array(
    z.object({
      id: z.enum(GOOD_LOOKS_LIKE_IDS),
      text: z.string(),
      state: z.enum(['met', 'not-yet', 'self-assess']),
      evidence: z.string(),
    }),
  ),
  /** Direct reports beyond the first 50, not in this answer. */
  truncated: z.number().int().nonnegative(),
  /** Records from before the caller became the manager, not shared with them. */
  hidden: z.number().int().nonnegative(),
});

/** The domain's overview plus what the API could not include. */
export type TeamOverviewResult = TeamOverview & { truncated: number; hidden: number };
