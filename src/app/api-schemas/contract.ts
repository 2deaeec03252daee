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
import { documented, z } from '../zod';

// Caps here stop abuse; the domain's own limits (shorter) answer 422 with a clear message.
const ACTION_CAP = 2_000;
const NOTE_CAP = 4_000;

export const ChangeReason = z.enum(CONTRACT_CHANGE_REASONS);
export const RevisionReason = z.enum(REVISION_REASONS);
export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
const ScheduledVia = z.enum(SCHEDULED_VIAS);

const InGiftReason = documented(text(NOTE_CAP, 'inGiftReason'), {
  description: `Why an outcome the promise lint flags in this manager commitment is in the manager’s own gift; shown to the report. Required to agree such a commitment unless it is rephrased; at most ${String(CONTRACT_LIMITS.inGiftReasonMax)} characters.`,
});

export const CommitmentDraft = z.strictObject({
  id: documented(z.exactOptional(Id), { description: 'Omit for a new commitment.' }),
  party: Party,
  kind: CommitmentKind,
  action: text(ACTION_CAP, 'action'),
  due: IsoDate,
  status: z.exactOptional(CommitmentStatus),
  droppedReason: z.exactOptional(text(NOTE_CAP, 'droppedReason')),
  inGiftReason: z.exactOptional(InGiftReason),
});

export const ReviewDraft = z.strictObject({
  id: z.exactOptional(Id),
  month: IsoMonth,
  aspect: text(ACTION_CAP, 'aspect'),
});

export const TermsDraft = z.strictObject({
  commitments: z.array(CommitmentDraft).check(z.maxLength(50)),
  reviews: z.array(ReviewDraft).check(z.maxLength(24)),
  openQuestion: text(NOTE_CAP, 'openQuestion'),
});

export const NewContractVersionBody = documented(
  z.strictObject({
    terms: TermsDraft,
    reason: ChangeReason,
    note: text(CONTRACT_LIMITS.noteMax * 2, 'note'),
    conversationId: documented(z.exactOptional(Id), {
      description:
        'The conversation this version is agreed in. The caller must be allowed to update it; the same request records the version on it (see `conversationLink` in the answer).',
    }),
    dropped: z.exactOptional(
      z.array(z.strictObject({ id: Id, why: text(NOTE_CAP, 'why') })).check(z.maxLength(50)),
    ),
    timeZone: documented(z.exactOptional(TimeZone), {
      description: 'The manager’s zone: “today” for due dates. Default UTC.',
    }),
  }),
  { id: 'NewContractVersion' },
);

const VersionedChange = {
  reason: RevisionReason,
  note: text(CONTRACT_LIMITS.noteMax * 2, 'note'),
  timeZone: z.exactOptional(TimeZone),
};

export const NewCommitmentBody = documented(
  z.strictObject({
    party: Party,
    kind: CommitmentKind,
    action: text(ACTION_CAP, 'action'),
    due: IsoDate,
    inGiftReason: z.exactOptional(InGiftReason),
    ...VersionedChange,
  }),
  { id: 'NewCommitment' },
);

const Scheduled = z.strictObject({
  via: ScheduledVia,
  ref: z.string().check(z.minLength(1), z.maxLength(512)),
  at: IsoInstant,
});

export const CommitmentChangeBody = documented(
  z.union([
    z
      .strictObject({
        kind: z.exactOptional(CommitmentKind),
        action: z.exactOptional(text(ACTION_CAP, 'action')),
        due: z.exactOptional(IsoDate),
        inGiftReason: z.exactOptional(InGiftReason),
        ...VersionedChange,
      })
      .check(
        z.refine(
          (b) => b.kind !== undefined || b.action !== undefined || b.due !== undefined,
          'change at least one of kind, action or due',
        ),
      ),
    z.strictObject({ scheduled: Scheduled }),
  ]),
  {
    id: 'CommitmentChange',
    description:
      'Either a change to what was agreed (a new contract version, with reason and note), or where the owner scheduled it (progress, no new version).',
  },
);

export const MarkDoneBody = documented(
  z.strictObject({
    note: documented(z.exactOptional(text(CONTRACT_LIMITS.doneNoteMax * 2, 'note')), {
      description: `What you want the other person to know, trimmed; at most ${String(CONTRACT_LIMITS.doneNoteMax)} characters. Empty or absent: no note.`,
    }),
  }),
  { id: 'MarkDone', description: 'Optional: no body marks it done without a note.' },
);

export const ContractParams = z.object({ personId: Id });
export const VersionParams = z.object({
  personId: Id,
  version: z.coerce.number().check(z.int(), z.gte(1), z.lte(100_000)),
});
export const CommitmentParams = z.object({ personId: Id, commitmentId: Id });

export const Commitment = documented(
  z.object({
    id: z.string(),
    party: Party,
    kind: CommitmentKind,
    action: z.string(),
    due: z.string(),
    status: CommitmentStatus,
    completedAt: z.exactOptional(z.string()),
    doneNote: documented(z.exactOptional(z.string()), {
      description: 'What the owner said when they marked it done.',
    }),
    droppedReason: z.exactOptional(z.string()),
    inGiftReason: documented(z.exactOptional(z.string()), {
      description:
        'The manager’s statement of why an outcome this commitment promises is in their own gift.',
    }),
    scheduled: z.exactOptional(z.object({ via: ScheduledVia, ref: z.string(), at: z.string() })),
  }),
  { id: 'Commitment' },
);

const ContractVersionShape = {
  version: z.number(),
  agreedAt: z.string(),
  reason: ChangeReason,
  note: z.string(),
  conversationId: z.exactOptional(z.string()),
  commitments: z.array(Commitment),
  reviews: z.array(z.object({ id: z.string(), month: z.string(), aspect: z.string() })),
  openQuestion: z.string(),
};

export const ContractVersion = documented(z.object(ContractVersionShape), {
  id: 'ContractVersion',
});

export const ContractHealth = z.object({
  state: z.enum(CONTRACT_HEALTH_STATES),
  overdue: z.object({ manager: z.array(Commitment), report: z.array(Commitment) }),
  open: z.number(),
  done: z.number(),
  nextDue: z.exactOptional(Commitment),
  hasDatedCommitmentsFromBoth: z.boolean(),
});

export const StandingProblem = documented(
  z.object({
    kind: z.enum(['commitment-overdue', 'no-open-commitment', 'review-month-passed']),
    commitmentId: z.exactOptional(z.string()),
    party: documented(z.exactOptional(Party), { description: 'The side with nothing open.' }),
    reviewId: z.exactOptional(z.string()),
    decisions: z.array(z.enum(STANDING_DECISIONS)),
  }),
  {
    id: 'StandingProblem',
    description:
      'Something wrong with the contract as it stands today (not with a change to it), with the decisions that settle it. It never blocks a change to anything else.',
  },
);

export const CurrentContractResponse = documented(
  z.object({
    id: z.string(),
    reportId: z.string(),
    managerId: z.string(),
    etag: documented(z.string(), {
      description: 'Send it back in If-Match to change the contract.',
    }),
    versionCount: z.number(),
    current: ContractVersion,
    health: ContractHealth,
    standing: z.array(StandingProblem),
  }),
  { id: 'CurrentContract' },
);

/** A new version's answer: the contract, and whether its conversation now names it. */
export const AgreedContractResponse = documented(
  z.extend(CurrentContractResponse, {
    conversationLink: documented(
      z.exactOptional(
        z.object({
          conversationId: z.string(),
          linked: z.boolean(),
          message: z.exactOptional(z.string()),
        }),
      ),
      {
        description:
          'Present when `conversationId` was sent. `linked: false` (with a message) only when storage refused the conversation after retries: the version is saved all the same.',
      },
    ),
  }),
  { id: 'AgreedContract' },
);

export const VersionSummary = z.object({
  version: z.number(),
  agreedAt: z.string(),
  reason: ChangeReason,
  note: z.string(),
  commitments: z.number(),
});

export const VersionListResponse = documented(
  z.object({
    reportId: z.string(),
    versions: z.array(VersionSummary),
    earlierHistory: EarlierHistory,
  }),
  { id: 'ContractVersions' },
);

export const VersionResponse = documented(z.extend(ContractVersion, { reportId: z.string() }), {
  id: 'ContractVersionOf',
});

/** Every visible version with its terms, in one answer (the report page's history). */
export const VersionHistoryResponse = documented(
  z.object({
    reportId: z.string(),
    versions: z.array(ContractVersion),
    earlierHistory: EarlierHistory,
  }),
  { id: 'ContractHistory' },
);

export const OverdueCommitmentsResponse = documented(
  z.object({
    today: z.string(),
    items: z.array(
      z.object({
        reportId: z.string(),
        contractId: z.string(),
        version: z.number(),
        commitment: Commitment,
      }),
    ),
  }),
  { id: 'OverdueCommitments' },
);
