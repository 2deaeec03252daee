import { CADENCE_STATUSES, GOOD_LOOKS_LIKE_STATES, PERSON_STATUS_CODES } from '../../domain';
import { Commitment, ContractHealth } from './contract';
import {
  EarlierHistory,
  ConversationKind,
  FailureId,
  GoodLooksLikeId,
  Person,
  TransitionId,
  TriggerId,
} from './common';
import { documented, z } from '../zod';

const CadenceReason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('first-conversation') }),
  z.object({
    code: z.literal('quarterly'),
    lastHeld: z.string(),
    beforeYou: documented(z.exactOptional(z.literal(true)), {
      description: 'Held with an earlier manager; the report has not shared it.',
    }),
  }),
  z.object({ code: z.literal('monthly-review'), lastReviewed: z.string() }),
  z.object({
    code: z.literal('transition'),
    transition: TransitionId,
    since: z.string(),
    lastHeld: z.string(),
  }),
  z.object({
    code: z.literal('trigger'),
    trigger: TriggerId,
    triggerLogId: z.string(),
    loggedAt: z.string(),
  }),
  z.object({
    code: z.literal('leaving-signal'),
    trigger: TriggerId,
    triggerLogId: z.string(),
    loggedAt: z.string(),
  }),
]);

const OverdueTally = z.object({ count: z.number(), oldestDue: z.exactOptional(z.string()) });

const ReportOverview = z.object({
  person: Person,
  direction: z.exactOptional(z.object({ text: z.string(), recordedAt: z.string() })),
  lastConversation: z.exactOptional(z.object({ kind: ConversationKind, at: z.string() })),
  nextConversation: z.exactOptional(z.object({ kind: ConversationKind, start: z.string() })),
  contractHealth: z.extend(ContractHealth, { overdueManagerFirst: z.array(Commitment) }),
  cadence: z.object({
    status: z.enum(CADENCE_STATUSES),
    kind: ConversationKind,
    dueBy: z.string(),
    overdueSince: z.exactOptional(z.string()),
    message: z.string(),
    reason: CadenceReason,
  }),
  status: z.object({
    code: z.enum(PERSON_STATUS_CODES),
    needsAttention: z.boolean(),
    reasons: z.array(z.string()),
  }),
  earlierHistory: documented(
    z.exactOptional(
      z.object({
        lastHeldOn: z.exactOptional(z.string()),
        lastFullHeldOn: z.exactOptional(z.string()),
        overdue: z.object({ manager: OverdueTally, report: OverdueTally }),
      }),
    ),
    {
      description:
        'Records from before this manager that the report has not shared, as dates and counts only (never content). Absent when nothing is withheld.',
    },
  ),
  activeSignals: z.object({
    triggers: z.array(
      z.object({ logId: z.string(), trigger: TriggerId, label: z.string(), loggedAt: z.string() }),
    ),
    transitions: z.array(
      z.object({ transition: TransitionId, label: z.string(), since: z.string() }),
    ),
  }),
  failures: z.array(
    z.object({ failure: FailureId, evidence: z.array(z.string()), instead: z.string() }),
  ),
});

export const TeamOverviewResponse = documented(
  z.object({
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
    emptyState: z.exactOptional(z.enum(['no-reports', 'no-conversations-yet'])),
    goodLooksLike: z.array(
      z.object({
        id: GoodLooksLikeId,
        text: z.string(),
        state: z.enum(GOOD_LOOKS_LIKE_STATES),
        evidence: z.string(),
      }),
    ),
    truncated: documented(z.number(), {
      description: 'Direct reports beyond the first 50 (by name), not in this answer.',
    }),
    earlierHistory: EarlierHistory,
  }),
  { id: 'TeamOverview' },
);
