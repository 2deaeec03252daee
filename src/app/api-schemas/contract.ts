import { z } from 'zod';
import {
  COMMITMENT_STATUSES,
  CONTRACT_CHANGE_REASONS,
  CONTRACT_HEALTH_STATES,
  CONTRACT_LIMITS,
  REVISION_REASONS,
  SCHEDULED_VIAS,
  STANDING_DECISIONS,
} from '../../domain';
import {
  CommitmentKind,
  EarlierHistory,
  Id,
  IsoDate,
  IsoInstant,
  IsoMonth,
  Party,
  text,
  TimeZone,
} from './common';

// Caps here stop abuse; the domain's own limits (shorter) answer 422 with a clear message.
const ACTION_CAP = 2_000;
const NOTE_CAP = 4_000;

export const ChangeReason = z.enum(CONTRACT_CHANGE_REASONS);
export const RevisionReason = z.enum(REVISION_REASONS);
export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
const ScheduledVia = z.enum(SCHEDULED_VIAS);

const InGiftReason = text(NOTE_CAP, 'inGiftReason').meta({
  description: `Why an outcome the promise lint flags in this manager commitment is in the manager’s own gift; shown to the report. Required to agree such a commitment unless it is rephrased; at most ${String(CONTRACT_LIMITS.inGiftReasonMax)} characters.`,
});

export const CommitmentDraft = z.strictObject({
  id: Id.optional().meta({ description: 'Omit for a new commitment.' }),
  party: Party,
  kind: CommitmentKind,
  action: text(ACTION_CAP, 'action'),
  due: IsoDate,
  status: CommitmentStatus.optional(),
  droppedReason: text(NOTE_CAP, 'droppedReason').optional(),
  inGiftReason: InGiftReason.optional(),
});

export const ReviewDraft = z.strictObject({
  id: Id.optional(),
  month: IsoMonth,
  aspect: text(ACTION_CAP, 'aspect'),
});

export const TermsDraft = z.strictObject({
  commitments: z.array(CommitmentDraft).max(50),
  reviews: z.array(ReviewDraft).max(24),
  openQuestion: text(NOTE_CAP, 'openQuestion'),
});

export const NewContractVersionBody = z
  .strictObject({
    terms: TermsDraft,
    reason: ChangeReason,
    note: text(CONTRACT_LIMITS.noteMax * 2, 'note'),
    conversationId: Id.optional(),
    dropped: z
      .array(z.strictObject({ id: Id, why: text(NOTE_CAP, 'why') }))
      .max(50)
      .optional(),
    timeZone: TimeZone.optional().meta({
      description: 'The manager’s zone: “today” for due dates. Default UTC.',
    }),
  })
  .meta({ id: 'NewContractVersion' });

const VersionedChange = {
  reason: RevisionReason,
  note: text(CONTRACT_LIMITS.noteMax * 2, 'note'),
  timeZone: TimeZone.optional(),
};

export const NewCommitmentBody = z
  .strictObject({
    party: Party,
    kind: CommitmentKind,
    action: text(ACTION_CAP, 'action'),
    due: IsoDate,
    inGiftReason: InGiftReason.optional(),
    ...VersionedChange,
  })
  .meta({ id: 'NewCommitment' });

const Scheduled = z.strictObject({
  via: ScheduledVia,
  ref: z.string().min(1).max(512),
  at: IsoInstant,
});

export const CommitmentChangeBody = z
  .union([
    z
      .strictObject({
        kind: CommitmentKind.optional(),
        action: text(ACTION_CAP, 'action').optional(),
        due: IsoDate.optional(),
        inGiftReason: InGiftReason.optional(),
        ...VersionedChange,
      })
      .refine(
        (b) => b.kind !== undefined || b.action !== undefined || b.due !== undefined,
        'change at least one of kind, action or due',
      ),
    z.strictObject({ scheduled: Scheduled }),
  ])
  .meta({
    id: 'CommitmentChange',
    description:
      'Either a change to what was agreed (a new contract version, with reason and note), or where the owner scheduled it (progress, no new version).',
  });

export const MarkDoneBody = z
  .strictObject({
    note: text(CONTRACT_LIMITS.doneNoteMax * 2, 'note')
      .optional()
      .meta({
        description: `What you want the other person to know, trimmed; at most ${String(CONTRACT_LIMITS.doneNoteMax)} characters. Empty or absent: no note.`,
      }),
  })
  .meta({ id: 'MarkDone', description: 'Optional: no body marks it done without a note.' });

export const ContractParams = z.object({ personId: Id });
export const VersionParams = z.object({
  personId: Id,
  version: z.coerce.number().int().min(1).max(100_000),
});
export const CommitmentParams = z.object({ personId: Id, commitmentId: Id });

export const Commitment = z
  .object({
    id: z.string(),
    party: Party,
    kind: CommitmentKind,
    action: z.string(),
    due: z.string(),
    status: CommitmentStatus,
    completedAt: z.string().optional(),
    doneNote: z
      .string()
      .optional()
      .meta({ description: 'What the owner said when they marked it done.' }),
    droppedReason: z.string().optional(),
    inGiftReason: z.string().optional().meta({
      description:
        'The manager’s statement of why an outcome this commitment promises is in their own gift.',
    }),
    scheduled: z.object({ via: ScheduledVia, ref: z.string(), at: z.string() }).optional(),
  })
  .meta({ id: 'Commitment' });

export const ContractVersion = z
  .object({
    version: z.number(),
    agreedAt: z.string(),
    reason: ChangeReason,
    note: z.string(),
    conversationId: z.string().optional(),
    commitments: z.array(Commitment),
    reviews: z.array(z.object({ id: z.string(), month: z.string(), aspect: z.string() })),
    openQuestion: z.string(),
  })
  .meta({ id: 'ContractVersion' });

export const ContractHealth = z.object({
  state: z.enum(CONTRACT_HEALTH_STATES),
  overdue: z.object({ manager: z.array(Commitment), report: z.array(Commitment) }),
  open: z.number(),
  done: z.number(),
  nextDue: Commitment.optional(),
  hasDatedCommitmentsFromBoth: z.boolean(),
});

export const StandingProblem = z
  .object({
    kind: z.enum(['commitment-overdue', 'no-open-commitment', 'review-month-passed']),
    commitmentId: z.string().optional(),
    party: Party.optional().meta({ description: 'The side with nothing open.' }),
    reviewId: z.string().optional(),
    decisions: z.array(z.enum(STANDING_DECISIONS)),
  })
  .meta({
    id: 'StandingProblem',
    description:
      'Something wrong with the contract as it stands today (not with a change to it), with the decisions that settle it. It never blocks a change to anything else.',
  });

export const CurrentContractResponse = z
  .object({
    id: z.string(),
    reportId: z.string(),
    managerId: z.string(),
    etag: z.string().meta({ description: 'Send it back in If-Match to change the contract.' }),
    versionCount: z.number(),
    current: ContractVersion,
    health: ContractHealth,
    standing: z.array(StandingProblem),
  })
  .meta({ id: 'CurrentContract' });

export const VersionSummary = z.object({
  version: z.number(),
  agreedAt: z.string(),
  reason: ChangeReason,
  note: z.string(),
  commitments: z.number(),
});

export const VersionListResponse = z
  .object({
    reportId: z.string(),
    versions: z.array(VersionSummary),
    earlierHistory: EarlierHistory,
  })
  .meta({ id: 'ContractVersions' });

export const VersionResponse = ContractVersion.extend({ reportId: z.string() }).meta({
  id: 'ContractVersionOf',
});

/** Every visible version with its terms, in one answer (the report page's history). */
export const VersionHistoryResponse = z
  .object({
    reportId: z.string(),
    versions: z.array(ContractVersion),
    earlierHistory: EarlierHistory,
  })
  .meta({ id: 'ContractHistory' });

export const OverdueCommitmentsResponse = z
  .object({
    today: z.string(),
    items: z.array(
      z.object({
        reportId: z.string(),
        contractId: z.string(),
        version: z.number(),
        commitment: Commitment,
      }),
    ),
  })
  .meta({ id: 'OverdueCommitments' });
