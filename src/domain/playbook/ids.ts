/**
 * Stable identifiers for the playbook's elements. Screens, checklists, detectors and stored
 * records refer to these ids, never to the wording, so the wording can be edited safely.
 */

export const PHASE_IDS = ['where-now', 'where-to-go', 'close-the-gap'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export const CONVERSATION_KINDS = ['full', 'review', 'informal', 'ad-hoc'] as const;
/** full = quarterly career conversation; review = monthly contract review; informal check-in; ad hoc after a trigger. */
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export const TRIGGER_IDS = [
  'approached-by-another-organisation',
  'uncertain-this-is-the-right-place',
  'drop-in-engagement',
  'promotion-not-progressed',
  'role-or-team-changed',
  'major-milestone',
] as const;
/** The seed's six triggers for an ad hoc career conversation. */
export type TriggerId = (typeof TRIGGER_IDS)[number];

export const TRANSITION_IDS = [
  'promotion-decision',
  'returning-from-leave',
  'expressed-uncertainty',
] as const;
/** Transition points that call for more frequent conversations. */
export type TransitionId = (typeof TRANSITION_IDS)[number];

export const MANAGER_COMMITMENT_KINDS = [
  'introduction',
  'lead-opportunity',
  'skill-feedback',
  'raise-profile',
  'talk-to-own-manager',
  'mentor-connection',
  'other-manager',
] as const;
/** The seed's six follow-through commitments managers commonly make, plus "something else". */
export type ManagerCommitmentKind = (typeof MANAGER_COMMITMENT_KINDS)[number];

export const REPORT_COMMITMENT_KINDS = ['action', 'learning', 'behaviour'] as const;
/** "[Specific action or learning or behaviour] by [date]". */
export type ReportCommitmentKind = (typeof REPORT_COMMITMENT_KINDS)[number];

export type CommitmentKind = ManagerCommitmentKind | ReportCommitmentKind;

export const FAILURE_IDS = [
  'deferring',
  'conflating',
  'organisations-needs',
  'promises',
  'goes-nowhere',
] as const;
/** The seed's five common failures. */
export type FailureId = (typeof FAILURE_IDS)[number];

export const CHECKLIST_IDS = ['before', 'during', 'after', 'next'] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export const CHECKLIST_ITEM_IDS = {
  before: [
    'booked-dedicated-60',
    'thought-about-aspirations',
    'identified-opportunities',
    'honest-about-commitments',
    'sent-reflection-prompt',
    'cleared-head',
  ],
  during: [
    'started-from-their-perspective',
    'covered-where-now',
    'covered-where-to-go',
    'did-not-push-for-clarity',
    'covered-the-gap',
    'honest-about-what-org-can-offer',
    'agreed-contract',
  ],
  after: [
    'sent-summary-48h',
    'own-commitments-in-calendar',
    'booked-next',
    'done-time-sensitive-within-week',
  ],
  next: [
    'reviewed-contract-before',
    'checked-own-commitments-first',
    'opened-with-whats-changed',
    'updated-contract',
  ],
} as const satisfies Record<ChecklistId, readonly string[]>;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[ChecklistId][number];

export const GOOD_LOOKS_LIKE_IDS = [
  'feels-seen',
  'clearer-picture',
  'manager-follows-through',
  'consistent-quarterly',
  'visible-trajectory',
  'sees-a-future',
  'knows-each-direction',
] as const;
export type GoodLooksLikeId = (typeof GOOD_LOOKS_LIKE_IDS)[number];

export const GOALS_CHANGED_SIGN_IDS = [
  'less-engaged-with-actions',
  'interest-in-something-different',
  'external-change',
  'achievement-felt-different',
] as const;
export type GoalsChangedSignId = (typeof GOALS_CHANGED_SIGN_IDS)[number];

export const QUESTION_IDS = [
  // Conversation 1 - Where are you now? (opening questions)
  'now-best-work',
  'now-energising',
  'now-draining',
  'now-underused-strengths',
  'now-not-your-strengths',
  'now-not-working',
  // The technique for a surface answer
  'version-underneath',
  // Conversation 2 - Where do you want to go? (opening questions)
  'go-three-years',
  'go-role-you-look-at',
  'go-deep',
  'go-leadership-direction',
  'go-always-wanted-to-try',
  'go-ten-years',
  // Conversation 3 - How do we close the gap? (opening questions)
  'gap-biggest',
  'gap-learn-experience-demonstrate',
  'gap-within-your-control',
  'gap-need-from-me',
  'gap-help-and-obstacles',
  // The questions that unlock honest answers
  'probe-advising-best-friend',
  'probe-okay-to-say-so',
  'probe-not-saying',
  'probe-wave-a-wand',
  'probe-proud-in-twenty-years',
  'probe-money-no-object',
  'probe-want-what-they-have',
  'probe-most-likely-to-stop-you',
  'probe-something-i-do',
  'probe-if-you-were-going-to-leave',
  // Opening the next career conversation
  'review-whats-changed',
  // Quick reference wordings that differ from (or have no) long form
  'qr-now-best-work',
  'qr-now-energising',
  'qr-now-good-at',
  'qr-go-three-years',
  'qr-go-role',
  'qr-go-leadership-direction',
  'qr-money-no-object',
  'qr-version-underneath',
  'qr-something-i-do',
  'qr-in-your-way',
  'qr-commit-next-three-months',
] as const;
/** Every question the playbook quotes. Notes and screens refer to questions by these ids. */
export type QuestionId = (typeof QUESTION_IDS)[number];

export const SCRIPT_IDS = [
  'invitation',
  'reflection-prompt',
  'dont-know-cue',
  'dont-know-response',
  'ambition-honest-script',
  'name-goals-changed',
  'commit-to-introduction',
  'advocate-not-outcome',
] as const;
/** Quoted wording that is not a question: what the manager says, or what the person may say. */
export type ScriptId = (typeof SCRIPT_IDS)[number];
