import type { Party } from '../model/contract';
import type {
  ChecklistId,
  ChecklistItemId,
  ConversationKind,
  FailureId,
  GoalsChangedSignId,
  GoodLooksLikeId,
  ManagerCommitmentKind,
  PhaseId,
  QuestionId,
  ReportCommitmentKind,
  ScriptId,
  TransitionId,
  TriggerId,
} from './ids';

/**
 * A table keyed by id whose entries repeat their own key. Writing the data this way makes the
 * compiler reject a missing or misspelt id, and lets lookups be total without casts.
 */
export type ById<K extends string, T extends { readonly id: string }> = {
  readonly [P in K]: T & { readonly id: P };
};

/**
 * Text that quotes a question or a script. The quoted wording is referenced, not copied, so every
 * quote in the playbook is stored exactly once; `renderProse` puts it back inside straight quotes.
 */
export type ProseSegment =
  string | { readonly questionId: QuestionId } | { readonly scriptId: ScriptId };
export type Prose = readonly ProseSegment[];

export type ProbeGroupId = 'current-state' | 'direction' | 'blockers';

export type QuestionKind =
  /** One of a phase's "Questions that open this". */
  | 'opening'
  /** One of "The Questions That Unlock Honest Answers". */
  | 'probe'
  /** The follow-up for a surface answer ("is there a version underneath..."). */
  | 'technique'
  /** How the next career conversation opens, before revisiting the plan. */
  | 'review-opening'
  /** Worded only in the quick reference (a shorter variant, or a question with no long form). */
  | 'quick-reference-only';

export interface Question {
  readonly id: QuestionId;
  /** Verbatim from the seed, including its hyphen-minus dashes and inner single quotes. */
  readonly text: string;
  readonly kind: QuestionKind;
  /** The conversation it belongs to; null when it belongs to none (opening the next session). */
  readonly phase: PhaseId | null;
  readonly probeGroup?: ProbeGroupId;
  /** For a quick-reference wording: the longer question it shortens. */
  readonly variantOf?: QuestionId;
  /** Only to be asked once real trust exists; `caution` says why. */
  readonly trustGated?: boolean;
  readonly caution?: string;
  /** When the question is the right one to reach for. */
  readonly whenToUse?: string;
}

export interface Script {
  readonly id: ScriptId;
  /** Verbatim from the seed. */
  readonly text: string;
  readonly speaker: Party;
  /** What the wording is for, in a few words (ours, not the seed's). */
  readonly use: string;
}

export interface ListItem<K extends string> {
  readonly id: K;
  readonly text: string;
}

export interface Trigger {
  readonly id: TriggerId;
  readonly label: string;
  readonly text: string;
  /**
   * A logged trigger of this kind is the product's leaving signal: it calls for a conversation
   * immediately, "before the decision crystallises". There is deliberately no other such field.
   */
  readonly leavingSignal: boolean;
}

export interface TransitionPoint {
  readonly id: TransitionId;
  readonly label: string;
  readonly text: string;
}

export interface MinutesRange {
  readonly min: number;
  readonly max: number;
}

export interface CadenceRow {
  readonly kind: ConversationKind;
  readonly conversation: string;
  readonly frequency: string;
  readonly duration: MinutesRange;
  readonly format: string;
  /** The monthly review may sit inside a 1:1; the full conversation must not. */
  readonly mayBeInsideOneOnOne: boolean;
  /** The role the row plays in the rhythm. */
  readonly role: string;
  /** False for the ad hoc row, which the seed's cadence table does not list. */
  readonly inSeedTable: boolean;
}

export interface Phase {
  readonly id: PhaseId;
  readonly number: 1 | 2 | 3;
  readonly title: string;
  readonly purpose: string;
  readonly openingQuestionIds: readonly QuestionId[];
  readonly guidance: readonly string[];
}

export interface ProbeGroup {
  readonly id: ProbeGroupId;
  readonly title: string;
  readonly questionIds: readonly QuestionId[];
}

export interface ContractSection {
  readonly id: 'their-commitments' | 'manager-commitments' | 'review' | 'open-question';
  readonly title: string;
  readonly templates: readonly string[];
}

export interface ManagerCommitmentKindInfo {
  readonly id: ManagerCommitmentKind;
  readonly party: 'manager';
  readonly label: string;
  readonly description: string;
  readonly defaultDueDays: number;
  readonly examplePhrasing: string;
  /** False for "something else", which the seed does not list. */
  readonly inSeed: boolean;
}

export interface ReportCommitmentKindInfo {
  readonly id: ReportCommitmentKind;
  readonly party: 'report';
  readonly label: string;
  readonly description: string;
  readonly examplePhrasing: string;
}

export type CommitmentKindInfo = ManagerCommitmentKindInfo | ReportCommitmentKindInfo;

export interface Failure {
  readonly id: FailureId;
  readonly number: 1 | 2 | 3 | 4 | 5;
  readonly title: string;
  readonly what: string;
  readonly why: string;
  readonly cost: string;
  /** The seed gives failure 5 no "What it costs"; its cost is our wording, drawn from the seed. */
  readonly costFromSeed: boolean;
  readonly instead: Prose;
}

/**
 * automatic: the product can tick it from records (calendar, mail, contract, conversation).
 * manual: only the manager can know, so only the manager ticks it.
 */
export type ChecklistEvidence = 'automatic' | 'manual';

export interface ChecklistItem {
  readonly id: ChecklistItemId;
  readonly checklist: ChecklistId;
  readonly text: Prose;
  readonly evidence: ChecklistEvidence;
  /** For automatic items: what counts as the evidence. For manual ones: why there is none. */
  readonly evidenceNote: string;
}

export interface Checklist {
  readonly id: ChecklistId;
  readonly title: string;
  readonly items: readonly ChecklistItem[];
}

export type QuickReferenceGroupId =
  'where-now' | 'where-to-go' | 'honest-version' | 'close-the-gap';

export interface QuickReferenceGroup {
  readonly id: QuickReferenceGroupId;
  readonly title: string;
  readonly questionIds: readonly QuestionId[];
}

export interface ResolvedQuickReferenceGroup {
  readonly id: QuickReferenceGroupId;
  readonly title: string;
  readonly questions: readonly Question[];
}

export type GoodLooksLike = ListItem<GoodLooksLikeId>;
export type GoalsChangedSign = ListItem<GoalsChangedSignId>;
