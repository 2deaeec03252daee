import { z } from 'zod';
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

const ReportOverview = z.object({
  person: Person,
  direction: z.object({ text: z.string(), recordedAt: z.string() }).optional(),
  lastConversation: z.object({ kind: ConversationKind, at: z.string() }).optional(),
  nextConversation: z.object({ kind: ConversationKind, start: z.string() }).optional(),
  contractHealth: ContractHealth.extend({ overdueManagerFirst: z.array(Commitment) }),
  cadence: z.object({
    status: z.enum(CADENCE_STATUSES),
    kind: ConversationKind,
    dueBy: z.string(),
    overdueSince: z.string().optional(),
    message: z.string(),
    reason: CadenceReason,
  }),
  status: z.object({
    code: z.enum(PERSON_STATUS_CODES),
    needsAttention: z.boolean(),
    reasons: z.array(z.string()),
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
    z.object({ failure: FailureId, evidence: z.array(z.string()), instead: z.string() }),
  ),
});

export const TeamOverviewResponse = z
  .object({
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
        id: GoodLooksLikeId,
        text: z.string(),
        state: z.enum(GOOD_LOOKS_LIKE_STATES),
        evidence: z.string(),
      }),
    ),
    truncated: z
      .number()
      .meta({ description: 'Direct reports beyond the first 50 (by name), not in this answer.' }),
    earlierHistory: EarlierHistory,
  })
  .meta({ id: 'TeamOverview' });
